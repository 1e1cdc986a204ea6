using System.Diagnostics;
using System.Security.Cryptography;
using Amazon.SQS;
using FaxGateway.Cli.Demo;
using FaxGateway.Cli.Local;
using FaxGateway.Cli.Worker;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Secrets;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;

namespace FaxGateway.Cli.FaultRun;

/// <summary>
/// <c>faxgw faults</c>: the gateway's promise under fire. Through the whole local stack (as
/// <c>faxgw demo</c> runs it) it sends a large batch of faxes while the carrier answers 5xx on
/// a share of API calls, SQS requests fail, processing runs are killed at the points where a
/// crash costs most, and the callback receiver is down for a while; then it checks that every
/// fax got a terminal callback and none was delivered twice.
/// </summary>
internal sealed class FaultRun(FaultRunOptions options, TextWriter output)
{
    private const string Stage = "faults";
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MostDrainTime = TimeSpan.FromMinutes(5);
    private static readonly int[] CarrierErrorCodes = [500, 502, 503];

    // Fictional 555-01xx numbers, a hundred per area code (617 holds the sending number).
    private static readonly string[] AreaCodes = ["212", "312", "415", "503", "713", "202", "305", "404", "206", "303"];
    private readonly Stopwatch _clock = new();
    private readonly Lock _outputGate = new();

    /// <summary>The most destination numbers a run can use.</summary>
    public static int MaxNumbers => AreaCodes.Length * 100;

    /// <summary>The figures of the last run, for tests.</summary>
    public FaultRunReport? Report { get; private set; }

    /// <summary>Runs the batch; 0 when no fax was lost and none was delivered twice.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        _clock.Start();
        var numbers = Numbers();
        var dead = DeadNumbers(numbers);
        await using var stack = await LocalStack.StartAsync(Stage, options.Speed, SimulatorOptions(dead), Say, cancellationToken, ShortFaxVisibility);
        stack.Simulator.Faults.RandomServerErrors(options.CarrierErrorRate, options.Seed, CarrierErrorCodes);
        var faxes = Plan(stack.Media, numbers);
        Say($"{faxes.Count} faxes of 1 to 4 pages to {numbers.Count} numbers ({dead.Count} never answer), time x{options.Speed:0.#}; "
            + $"lines busy {options.BusyProbability:P0} of dials; carrier 5xx on {options.CarrierErrorRate:P1} of calls; "
            + $"SQS failing {options.SqsErrorRate:P1} of requests; kills at {options.KillRate:P1} per fault point; "
            + $"receiver down {options.ReceiverDown.TotalMinutes:0.#} simulated minutes from minute {options.ReceiverDownAfter.TotalMinutes:0.#}.");

        using var flaky = new FlakySqsHttpClientFactory(options.SqsErrorRate, options.Seed);
        using var flakySqs = FlakySqs(stack.SqsEndpoint, flaky);
        var crashes = new RandomCrashes(options.KillRate, options.Seed);
        var tally = new GatewayLogTally(TimeProvider.System);
        var settings = stack.Settings(options.MaxFaxAttempts, CarrierNames.Twilio) with { WebhookSecret = SecretReference.Literal(NewWebhookSecret()) };
        var worker = new WorkerSettings
        {
            FaxConcurrency = Math.Max(50, options.Numbers),
            WaitTime = TimeSpan.FromSeconds(1),
            ShutdownGrace = TimeSpan.FromSeconds(5),
        };

        var start = DateTimeOffset.UtcNow;
        var downFrom = start + (options.ReceiverDownAfter / options.Speed);
        stack.Callbacks.GoDown(downFrom, downFrom + (options.ReceiverDown / options.Speed));
        IReadOnlyDictionary<string, int> left;
        await using (var services = stack.WorkerServices(settings, worker, services => Configure(services, crashes, tally), flakySqs))
        await using (RunningWorker.Start(services.GetRequiredService<GatewayWorker>(), worker.ShutdownGrace))
        {
            Say($"Worker running: MAX_FAX_ATTEMPTS={settings.MaxFaxAttempts}, BACKOFF_DELAY={settings.BackoffDelay.TotalSeconds:0.#} s, "
                + $"poll every {settings.PollInterval.TotalSeconds:0.###} s, fax visibility {stack.Queues.Topology.Fax.VisibilityTimeout.TotalSeconds:0} s, signed callbacks.");
            await stack.EnqueueAsync(faxes.Select(fax => (fax.FaxId, fax.To, fax.PdfUrl)), cancellationToken);
            Say($"Enqueued {faxes.Count} faxes; the callback receiver goes down at {(downFrom - start).TotalSeconds:0.#} s for {(options.ReceiverDown / options.Speed).TotalSeconds:0.#} s.");
            await stack.WaitForFinalCallbacksAsync(
                [.. faxes.Select(fax => fax.FaxId)],
                options.Timeout,
                ProgressEvery,
                finished => Say($"... {finished} of {faxes.Count} faxes finished; kills {crashes.Kills}, carrier 5xx {stack.Simulator.Faults.ServerErrorsInjected}, "
                    + $"SQS failures {flaky.Injected}, callbacks refused while down {stack.Callbacks.RefusedWhileDown}"),
                Say,
                cancellationToken,
                stopWhenQueuesEmpty: true);
            left = await DrainAsync(stack, cancellationToken);
        }

        Report = FaultRunReport.Build(
            faxes,
            new FaultEvidence(stack.Callbacks.For, stack.Simulator.Record.Calls, crashes.CrashesOf, tally.EventsOf),
            start,
            new FaultInjections
            {
                KillsByPoint = crashes.KillsByPoint,
                Attempts = crashes.Attempts,
                CarrierServerErrors = stack.Simulator.Faults.ServerErrorsInjected,
                CarrierRequests = stack.Simulator.Record.Requests.Count,
                SqsRequests = flaky.Requests,
                SqsRefused = flaky.Refused,
                SqsAnswersLost = flaky.AnswersLost,
                SqsFailedCalls = flaky.FailedCalls,
                ReceiverRefusals = stack.Callbacks.RefusedWhileDown,
            },
            await stack.DeadLetterCountsAsync(cancellationToken),
            left,
            stack.Simulator.Record.MaxSimultaneousCallsByNumber().Values.DefaultIfEmpty(0).Max(),
            _clock.Elapsed,
            options.Speed,
            tally.Counts);
        Report.Print(output);
        return Report.Passed ? 0 : 1;
    }

    /// <summary>The destination numbers, in order.</summary>
    private List<string> Numbers() =>
        [.. Enumerable.Range(0, options.Numbers).Select(i => $"+1{AreaCodes[i / 100]}55501{i % 100:00}")];

    /// <summary>The numbers whose line never answers: a seeded pick of <see cref="FaultRunOptions.DeadLineShare"/> of them.</summary>
    private HashSet<string> DeadNumbers(List<string> numbers)
    {
        var random = new Random(options.Seed);
        var count = (int)Math.Round(numbers.Count * options.DeadLineShare);
        return [.. numbers.OrderBy(_ => random.Next()).Take(count)];
    }

    private FaxSimulatorOptions SimulatorOptions(HashSet<string> dead)
    {
        var simulator = new FaxSimulatorOptions { BackgroundBusyProbability = options.BusyProbability, RandomSeed = options.Seed };
        foreach (var number in dead)
        {
            simulator.Lines[number] = LineScript.NeverAnswers();
        }

        return simulator;
    }

    /// <summary>Faxes spread over the numbers in turn, each with its own copy (and URL) of a 1 to 4 page PDF.</summary>
    private List<FaultFax> Plan(MediaServer media, List<string> numbers)
    {
        var documents = DemoDocuments.Load(null);
        var random = new Random(options.Seed);
        return [.. Enumerable.Range(1, options.Faxes).Select(n =>
        {
            var document = documents[random.Next(documents.Count)];
            var faxId = $"fx-{n:0000}";
            return new FaultFax(faxId, numbers[(n - 1) % numbers.Count], document.Pages, media.Publish($"{faxId}.pdf", document.Pdf));
        })];
    }

    /// <summary>Killed runs' messages come back after the fax queue's visibility timeout: a short one keeps the run short.</summary>
    private QueueTopology ShortFaxVisibility(QueueTopology topology) =>
        topology with { Fax = topology.Fax with { VisibilityTimeout = options.FaxVisibility } };

    /// <summary>An SQS client like the gateway's own, whose HTTP requests fail as <paramref name="flaky"/> says.</summary>
    private static AmazonSQSClient FlakySqs(Uri endpoint, FlakySqsHttpClientFactory flaky) =>
        new(LocalAwsEndpoint.Credentials, LocalAwsEndpoint.Configure(new AmazonSQSConfig { HttpClientFactory = flaky }, endpoint, region: null));

    private void Configure(IServiceCollection services, RandomCrashes crashes, GatewayLogTally tally)
    {
        services.AddLogging(logging =>
        {
            logging.AddProvider(tally).SetMinimumLevel(LogLevel.Warning);
            if (options.Verbose)
            {
                logging.AddSimpleConsole(console => console.SingleLine = true);
            }
        });

        // Before the worker's registration, which only adds the no-faults injector when none is registered.
        services.AddSingleton<IFaultInjector>(crashes);
    }

    /// <summary>Waits until the fax, retry and webhook queues are empty, so nothing still in flight can change the figures.</summary>
    private async Task<IReadOnlyDictionary<string, int>> DrainAsync(LocalStack stack, CancellationToken cancellationToken)
    {
        var until = _clock.Elapsed + MostDrainTime;
        while (true)
        {
            var left = await stack.WorkingQueueCountsAsync(cancellationToken);
            if (left.Values.Sum() == 0 || _clock.Elapsed > until)
            {
                Say(left.Values.Sum() == 0 ? "Every queue is empty." : $"Queues still hold messages after {MostDrainTime.TotalMinutes:0} minutes of draining.");
                return left;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static string NewWebhookSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private void Say(string line)
    {
        lock (_outputGate)
        {
            output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {line}");
        }
    }
}
