using FaxGateway.Core.Faxes;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Scheduling;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Retries;

/// <summary>
/// Moves a fax whose retry is due back onto the FIFO fax queue. It does not send the fax
/// itself: only the fax queue's message groups guarantee one fax per number at a time. A retry
/// not yet due (SQS delays a message at most 900 s, and waits may be longer) goes back on the
/// retry queue for the time left, as often as it takes.
/// </summary>
public sealed class RetryProcessor(IGatewayQueues queues, TimeProvider time, ILogger<RetryProcessor> logger)
{
    /// <summary>Re-queues <paramref name="fax"/> in its destination's message group, or on the retry queue while it is not due.</summary>
    public async Task ProcessAsync(Fax fax, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var left = fax.Due is { } due ? due - time.GetUtcNow() : TimeSpan.Zero;
        if (left >= QueueDelay.Shortest)
        {
            await queues.EnqueueRetryAsync(fax, left, cancellationToken);
            Log.RetryDelayedAgain(logger, fax.FaxId, fax.Attempt, left);
            return;
        }

        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, time, cancellationToken);
        }

        await queues.EnqueueFaxAsync(fax, cancellationToken);
        Log.RetryForwarded(logger, fax.FaxId, fax.Attempt);
    }
}
