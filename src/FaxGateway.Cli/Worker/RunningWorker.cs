namespace FaxGateway.Cli.Worker;

/// <summary>
/// A <see cref="GatewayWorker"/> running in the background of this process, for the demo and
/// tests. Disposing stops receiving, lets messages in progress finish within the grace period
/// and then abandons the rest to SQS redelivery.
/// </summary>
internal sealed class RunningWorker : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopReceiving = new();
    private readonly CancellationTokenSource _abortWork = new();
    private readonly TimeSpan _grace;
    private readonly Task _run;

    private RunningWorker(GatewayWorker worker, TimeSpan grace)
    {
        _grace = grace;
        _run = Task.Run(() => worker.RunAsync(_stopReceiving.Token, _abortWork.Token));
    }

    public static RunningWorker Start(GatewayWorker worker, TimeSpan grace) => new(worker, grace);

    public async ValueTask DisposeAsync()
    {
        await _stopReceiving.CancelAsync();
        if (await Task.WhenAny(_run, Task.Delay(_grace)) != _run)
        {
            await _abortWork.CancelAsync();
        }

        await _run;
        _stopReceiving.Dispose();
        _abortWork.Dispose();
    }
}
