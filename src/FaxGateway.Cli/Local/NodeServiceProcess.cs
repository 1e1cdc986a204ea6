using System.Diagnostics;
using System.Text.Json;

namespace FaxGateway.Cli.Local;

/// <summary>
/// A local service written in Node.js (one of the emulators in <c>tools/</c>) running as a child
/// process. The script listens on a free loopback port, prints one JSON line
/// <c>{"address":"http://127.0.0.1:PORT"}</c> and exits when its standard input closes, so it
/// never outlives this process. Disposing it closes that input and, failing that, kills it.
/// </summary>
internal sealed class NodeServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);
    private readonly Process _process;

    private NodeServiceProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    /// <summary>The service's address, with a trailing slash, e.g. <c>http://127.0.0.1:41235/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>
    /// Installs the npm packages if needed, starts <paramref name="script"/> (a path relative to
    /// the repository root), reads its address and waits for <paramref name="waitUntilReady"/>,
    /// all within one start-up timeout. <paramref name="name"/> names the service in errors.
    /// </summary>
    public static async Task<NodeServiceProcess> StartAsync(
        string script,
        string name,
        Func<Uri, CancellationToken, Task> waitUntilReady,
        Action<string> progress,
        CancellationToken cancellationToken)
    {
        var root = RepositoryLayout.FindRoot();
        await NodePackages.EnsureInstalledAsync(root, progress, cancellationToken);
        var process = StartProcess(root, script);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            var endpoint = await ReadAddressAsync(process, name, timeout.Token);
            await waitUntilReady(endpoint, timeout.Token);
            return new NodeServiceProcess(process, endpoint);
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
            using var grace = new CancellationTokenSource(StopGrace);
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

    private static Process StartProcess(DirectoryInfo root, string script)
    {
        var start = new ProcessStartInfo("node", [script])
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

    private static async Task<Uri> ReadAddressAsync(Process process, string name, CancellationToken cancellationToken)
    {
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (line is null)
        {
            var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
            throw new InvalidOperationException($"The {name} exited before it started:\n{errors}");
        }

        using var json = JsonDocument.Parse(line);
        var address = json.RootElement.GetProperty("address").GetString()!;

        // Keep draining its output so the pipe never fills and blocks it.
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
        return new Uri(address.EndsWith('/') ? address : address + "/");
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
