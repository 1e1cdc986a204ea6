using Amazon.DynamoDBv2;
using Amazon.Runtime;
using FaxGateway.Core.Attempts;

namespace FaxGateway.Cli.Local;

/// <summary>
/// The dynalite DynamoDB emulator (pinned in <c>package.json</c>) running as a child process on
/// a free loopback port, with an in-memory store and tables that are active as soon as they are
/// created. It speaks the DynamoDB JSON protocol, condition expressions included. Disposing it
/// stops the process; so does this process ending, because the emulator exits when its
/// standard input closes.
/// </summary>
internal sealed class DynamoDbEmulator : IAsyncDisposable
{
    private readonly NodeServiceProcess _process;

    private DynamoDbEmulator(NodeServiceProcess process)
    {
        _process = process;
        Client = DynamoDbClientFactory.ForEndpoint(process.Endpoint);
    }

    /// <summary>The emulator's address, e.g. <c>http://127.0.0.1:41236/</c>.</summary>
    public Uri Endpoint => _process.Endpoint;

    /// <summary>A client for the emulator, owned by it: disposed when the emulator is.</summary>
    public IAmazonDynamoDB Client { get; }

    /// <summary>Installs the npm packages if needed, starts the emulator and waits until it answers.</summary>
    public static Task<DynamoDbEmulator> StartAsync(CancellationToken cancellationToken) => StartAsync(_ => { }, cancellationToken);

    /// <summary>As <see cref="StartAsync(CancellationToken)"/>, telling <paramref name="progress"/> about the slow first-run install.</summary>
    public static async Task<DynamoDbEmulator> StartAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        var process = await NodeServiceProcess.StartAsync(
            RepositoryLayout.DynamoDbEmulatorScript, "DynamoDB emulator", WaitUntilAnsweringAsync, progress, cancellationToken);
        return new DynamoDbEmulator(process);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _process.DisposeAsync();
    }

    /// <summary>dynalite has no health endpoint: a ListTables call that succeeds shows it serves requests.</summary>
    private static async Task WaitUntilAnsweringAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var client = DynamoDbClientFactory.ForEndpoint(endpoint);
        while (true)
        {
            try
            {
                await client.ListTablesAsync(cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (AmazonServiceException)
            {
                // Listening but not serving yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}
