using System.Diagnostics;
using FaxGateway.Cli.Local;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.IntegrationTests;

/// <summary>
/// <c>faxgw run</c> as a real process, configured only through its environment as it would be
/// against AWS, here pointed at the emulator and the simulator.
/// </summary>
public sealed class WorkerProcessTests
{
    [Fact]
    public async Task Run_WithEnvironmentSettings_SendsTheFaxAndStopsCleanlyOnSigterm()
    {
        await using var gateway = await GatewayHarness.StartAsync(startWorker: false);
        var emulator = await SharedEmulator.GetAsync();
        using var worker = StartFaxgw(new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL_SQS"] = emulator.Endpoint.ToString(),
            ["AWS_REGION"] = "us-east-1",
            ["QUEUE_URL_FAX"] = gateway.Queues.Fax.ToString(),
            ["QUEUE_URL_RETRY"] = gateway.Queues.Retry.ToString(),
            ["QUEUE_URL_WEBHOOK"] = gateway.Queues.Webhook.ToString(),
            ["QUEUE_URL_FAX_DLQ"] = gateway.Queues.FaxDeadLetter.ToString(),
            ["QUEUE_URL_WEBHOOK_DLQ"] = gateway.Queues.WebhookDeadLetter.ToString(),
            ["AWS_ENDPOINT_URL_DYNAMODB"] = (await SharedDynamoDb.GetAsync()).Endpoint.ToString(),
            ["TABLE_NAME_ATTEMPTS"] = gateway.Attempts.Name,
            ["TWILIO_SID"] = FaxSimulatorOptions.DefaultAccountSid,
            ["TWILIO_AUTH_TOKEN"] = FaxSimulatorOptions.DefaultAuthToken,
            ["TWILIO_PHONE_NUMBER"] = "+16175550100",
            ["TWILIO_FAX_BASE_URL"] = gateway.Simulator.BaseUrl.ToString(),
            ["FAX_POLL_INTERVAL"] = "0.05",
            ["FAX_PAGE_SECONDS"] = "0.2",
            ["ALLOW_INSECURE_URLS"] = "true",
            ["BACKOFF_DELAY"] = "1",
            ["WORKER_WAIT_TIME"] = "1",
            ["WORKER_SHUTDOWN_GRACE"] = "5",
        });

        await gateway.SendFaxAsync("from-faxgw-run", "+16175550601", pages: 2);
        var callbacks = await gateway.WaitForFinalCallbackAsync("from-faxgw-run");
        await SendSigtermAsync(worker.Process.Id);
        var exited = worker.Process.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.Equal(["sent"], callbacks.Select(c => c.Status));
        Assert.True(exited, "faxgw run did not stop within 30 s of SIGTERM");
        Assert.True(worker.Process.ExitCode == 0, worker.Output);
        Assert.DoesNotContain(FaxSimulatorOptions.DefaultAuthToken, worker.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("+16175550601", worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutSettings_ExitsNamingEveryMissingVariable()
    {
        using var worker = StartFaxgw(new Dictionary<string, string>());

        Assert.True(worker.Process.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Equal(2, worker.Process.ExitCode);
        foreach (var name in new[] { "QUEUE_URL_FAX", "QUEUE_URL_RETRY", "QUEUE_URL_WEBHOOK", "QUEUE_URL_FAX_DLQ", "TWILIO_PHONE_NUMBER", "TWILIO_SID", "TWILIO_AUTH_TOKEN" })
        {
            Assert.Contains(name, worker.Output, StringComparison.Ordinal);
        }
    }

    /// <summary>Starts the built faxgw with only <paramref name="environment"/> (plus what the runtime needs).</summary>
    private static RunningProcess StartFaxgw(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", typeof(SqsEmulator).Assembly.Location, "run"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        foreach (var name in new[] { "PATH", "HOME", "DOTNET_ROOT", "TMPDIR" })
        {
            if (System.Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new RunningProcess(Process.Start(start)!);
    }

    /// <summary>What a container runtime or systemd sends to stop the worker.</summary>
    private static async Task SendSigtermAsync(int pid)
    {
        using var kill = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>A child process and everything it has written so far.</summary>
    private sealed class RunningProcess : IDisposable
    {
        private readonly System.Text.StringBuilder _output = new();

        public RunningProcess(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output
        {
            get
            {
                // Only the parameterless WaitForExit also waits until the redirected output has
                // been read to its end; the timed one returns as soon as the process is gone.
                if (Process.WaitForExit(TimeSpan.FromSeconds(5)))
                {
                    Process.WaitForExit();
                }

                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
