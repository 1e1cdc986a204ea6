using System.Text.Json;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Serialization;

namespace FaxGateway.Core.Webhooks;

/// <summary>Takes webhook-queue messages and hands each to the <see cref="WebhookProcessor"/>.</summary>
public sealed class WebhookMessageHandler(WebhookProcessor processor) : IQueueMessageHandler
{
    public QueueRole Queue => QueueRole.Webhook;

    public Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return processor.ProcessAsync(Parse(message), cancellationToken);
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
