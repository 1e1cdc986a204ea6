using System.Diagnostics;
using System.Text.Json;

namespace FaxGateway.Cli.Local;

/// <summary>
/// The fauxqs SQS emulator (pinned in <c>package.json</c>) running as a child process on a
/// free loopback port. It speaks the real SQS protocol, FIFO group locking, delays, visibility
/// and redrive included. Disposing it stops the process; so does this process ending, because
/// the emulator exits when its standard input closes.
/// </summary>
internal sealed class SqsEmulator : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private SqsEmulator(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    /// <summary>The emulator's address, e.g. <c>http://127.0.0.1:41235/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>Installs the npm packages if needed, starts the emulator and waits until it is healthy.</summary>
    public static Task<SqsEmulator> StartAsync(CancellationToken cancellationToken) => StartAsync(_ => { }, cancellationToken);

    /// <summary>As <see cref="StartAsync(CancellationToken)"/>, telling <paramref name="progress"/> about the slow first-run install.</summary>
    public static async Task<SqsEmulator> StartAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        var root = RepositoryLayout.FindRoot();
        await NodePackages.EnsureInstalledAsync(root, progress, cancellationToken);
        var process = StartProcess(root);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            var endpoint = await ReadAddressAsync(process, timeout.Token);
            await WaitUntilHealthyAsync(endpoint, timeout.Token);
            return new SqsEmulator(process, endpoint);
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            Stop(_process);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static Process StartProcess(DirectoryInfo root)
    {
        var start = new ProcessStartInfo("node", [RepositoryLayout.EmulatorScript])
        {
            WorkingDirectory = root.FullName,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("node was not found: install Node.js 20 or later.", exception);
        }
    }

    private static async Task<Uri> ReadAddressAsync(Process process, CancellationToken cancellationToken)
    {
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (line is null)
        {
            var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
            throw new InvalidOperationException($"The SQS emulator exited before it started:\n{errors}");
        }

        using var json = JsonDocument.Parse(line);
        var address = json.RootElement.GetProperty("address").GetString()!;

        // Keep draining its output so the pipe never fills and blocks it.
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    private static async Task WaitUntilHealthyAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(endpoint, "health"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
