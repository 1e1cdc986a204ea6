namespace FaxGateway.Cli.Local;

/// <summary>
/// The fauxqs SQS emulator (pinned in <c>package.json</c>) running as a child process on a
/// free loopback port. It speaks the real SQS protocol, FIFO group locking, delays, visibility
/// and redrive included. Disposing it stops the process; so does this process ending, because
/// the emulator exits when its standard input closes.
/// </summary>
internal sealed class SqsEmulator : IAsyncDisposable
{
    private readonly NodeServiceProcess _process;

    private SqsEmulator(NodeServiceProcess process)
    {
        _process = process;
    }

    /// <summary>The emulator's address, e.g. <c>http://127.0.0.1:41235/</c>.</summary>
    public Uri Endpoint => _process.Endpoint;

    /// <summary>Installs the npm packages if needed, starts the emulator and waits until it is healthy.</summary>
    public static Task<SqsEmulator> StartAsync(CancellationToken cancellationToken) => StartAsync(_ => { }, cancellationToken);

    /// <summary>As <see cref="StartAsync(CancellationToken)"/>, telling <paramref name="progress"/> about the slow first-run install.</summary>
    public static async Task<SqsEmulator> StartAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        var process = await NodeServiceProcess.StartAsync(
            RepositoryLayout.EmulatorScript, "SQS emulator", WaitUntilHealthyAsync, progress, cancellationToken);
        return new SqsEmulator(process);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

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
}
