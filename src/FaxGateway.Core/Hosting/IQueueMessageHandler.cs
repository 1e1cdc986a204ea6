using FaxGateway.Core.Queues;

namespace FaxGateway.Core.Hosting;

/// <summary>
/// Turns one raw queue message into a call to its processor. Both hosts (the Lambda functions
/// and the <c>faxgw run</c> worker) call exactly this: returning means the message is done and
/// may be deleted; throwing means it must be delivered again.
/// </summary>
public interface IQueueMessageHandler
{
    /// <summary>The queue whose messages this handler takes.</summary>
    QueueRole Queue { get; }

    /// <summary>Processes one message.</summary>
    Task HandleAsync(QueueMessage message, CancellationToken cancellationToken);
}
