using FaxGateway.Core.Faxes;
using FaxGateway.Core.Webhooks;

namespace FaxGateway.Core.Queues;

/// <summary>
/// The writes the processors make to the gateway's queues. A failed write throws, so the
/// message being processed is redelivered rather than lost.
/// </summary>
public interface IGatewayQueues
{
    /// <summary>Puts a fax on the FIFO fax queue, grouped by its destination number.</summary>
    Task EnqueueFaxAsync(Fax fax, CancellationToken cancellationToken);

    /// <summary>Puts a fax on the retry queue, invisible for <paramref name="delay"/> (at most 900 s).</summary>
    Task EnqueueRetryAsync(Fax fax, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Puts a callback on the webhook queue.</summary>
    Task EnqueueWebhookAsync(Webhook webhook, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a fax-queue message that can never be processed to the fax dead-letter queue, with
    /// the reason attached as a message attribute.
    /// </summary>
    Task DeadLetterFaxMessageAsync(QueueMessage message, string reason, CancellationToken cancellationToken);

    /// <summary>Moves a webhook-queue message that can never be delivered to the webhook dead-letter queue, with the reason.</summary>
    Task DeadLetterWebhookAsync(QueueMessage message, string reason, CancellationToken cancellationToken);
}
