using Amazon.SQS;

namespace FaxGateway.Cli.Worker;

/// <summary>
/// Keeps a message hidden while it is being processed by extending its visibility timeout at a
/// third of that timeout. Without it a long fax would reappear on the queue and its
/// destination's message group would be handed out again while the fax is still in progress.
/// </summary>
internal sealed class VisibilityHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private VisibilityHeartbeat(Func<CancellationToken, Task> loop) => _loop = loop(_stop.Token);

    public static VisibilityHeartbeat Start(
        IAmazonSQS sqs, Uri queueUrl, string receiptHandle, TimeSpan visibility, TimeProvider time, ILogger logger, string messageId)
    {
        var interval = visibility / 3;
        return new VisibilityHeartbeat(async stop =>
        {
            try
            {
                while (true)
                {
                    await Task.Delay(interval, time, stop);
                    await ExtendAsync(sqs, queueUrl, receiptHandle, visibility, logger, messageId, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Processing finished.
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private static async Task ExtendAsync(
        IAmazonSQS sqs, Uri queueUrl, string receiptHandle, TimeSpan visibility, ILogger logger, string messageId, CancellationToken stop)
    {
        try
        {
            await sqs.ChangeMessageVisibilityAsync(queueUrl.ToString(), receiptHandle, (int)visibility.TotalSeconds, stop);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberate catch-all: a missed extension is retried at the next beat; the
            // message only reappears if every beat for a whole timeout fails.
            Log.VisibilityExtensionFailed(logger, exception, messageId);
        }
    }
}
