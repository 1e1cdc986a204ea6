using System.Text.Json;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Serialization;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// Takes webhook-queue messages and hands each to the <see cref="WebhookProcessor"/>. A callback
/// whose URL is refused is moved to the webhook dead-letter queue with the reason: it would be
/// refused on every try.
/// </summary>
public sealed class WebhookMessageHandler(WebhookProcessor processor, IGatewayQueues queues) : IQueueMessageHandler
{
    public QueueRole Queue => QueueRole.Webhook;

    public async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = await processor.ProcessAsync(Parse(message), message.ReceiveCount, cancellationToken);
        if (result.Outcome == WebhookOutcome.Refused)
        {
            await queues.DeadLetterWebhookAsync(message, result.Detail, cancellationToken);
        }
    }

    private static Webhook Parse(QueueMessage message)
    {
        try
        {
            return JsonSerializer.Deserialize(message.Body, GatewayJson.Webhook)
                ?? throw new MalformedMessageException($"Webhook-queue message {message.MessageId} is null");
        }
        catch (JsonException exception)
        {
            throw new MalformedMessageException(
                $"Webhook-queue message {message.MessageId} is not a webhook: {exception.Message}", exception);
        }
    }
}
