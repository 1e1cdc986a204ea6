using FaxGateway.Core.Faxes;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Queues;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Retries;

/// <summary>
/// Moves a fax whose retry delay has passed back onto the FIFO fax queue. It does not send the
/// fax itself: only the fax queue's message groups guarantee one fax per number at a time.
/// </summary>
public sealed class RetryProcessor(IGatewayQueues queues, ILogger<RetryProcessor> logger)
{
    /// <summary>Re-queues <paramref name="fax"/> in its destination's message group.</summary>
    public async Task ProcessAsync(Fax fax, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fax);
        await queues.EnqueueFaxAsync(fax, cancellationToken);
        Log.RetryForwarded(logger, fax.FaxId, fax.Attempt);
    }
}
