using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Serialization;
using FaxGateway.Core.Settings;
using FaxGateway.Core.Webhooks;

namespace FaxGateway.Core.Queues;

/// <summary>
/// The gateway's queue writes over SQS, in the shapes the original used: faxes go to the FIFO
/// queue grouped by destination with no deduplication id (the queue deduplicates by content),
/// retries go to the standard retry queue with a per-message delay.
/// </summary>
internal sealed class SqsGatewayQueues(IAmazonSQS sqs, FaxGatewaySettings settings) : IGatewayQueues
{
    // A dead-lettered message whose group cannot be trusted goes to this group.
    private const string RejectedGroup = "rejected";

    public Task EnqueueFaxAsync(Fax fax, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fax);
        return sqs.SendMessageAsync(
            new SendMessageRequest
            {
                QueueUrl = settings.FaxQueueUrl.ToString(),
                MessageBody = Serialize(fax),
                MessageGroupId = fax.To,
            },
            cancellationToken);
    }

    public Task EnqueueRetryAsync(Fax fax, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var seconds = (int)Math.Ceiling(Math.Clamp(delay.TotalSeconds, 0, FaxGatewaySettings.MaxSqsDelay.TotalSeconds));
        return sqs.SendMessageAsync(
            new SendMessageRequest
            {
                QueueUrl = settings.RetryQueueUrl.ToString(),
                MessageBody = Serialize(fax),
                DelaySeconds = seconds,
            },
            cancellationToken);
    }

    public Task EnqueueWebhookAsync(Webhook webhook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return sqs.SendMessageAsync(
            new SendMessageRequest
            {
                QueueUrl = settings.WebhookQueueUrl.ToString(),
                MessageBody = JsonSerializer.Serialize(webhook, GatewayJson.Webhook),
            },
            cancellationToken);
    }

    public Task DeadLetterFaxMessageAsync(QueueMessage message, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return sqs.SendMessageAsync(
            new SendMessageRequest
            {
                QueueUrl = settings.FaxDeadLetterQueueUrl.ToString(),
                MessageBody = message.Body.Length == 0 ? "(empty)" : message.Body,
                MessageGroupId = SafeGroup(message.MessageGroupId),

                // The source message id, not the content, makes the copy unique: two identical
                // bad messages are two problems to look at, not one.
                MessageDeduplicationId = message.MessageId,
                MessageAttributes = ReasonAttributes(message, reason),
            },
            cancellationToken);
    }

    public Task DeadLetterWebhookAsync(QueueMessage message, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return sqs.SendMessageAsync(
            new SendMessageRequest
            {
                QueueUrl = settings.WebhookDeadLetterQueueUrl.ToString(),
                MessageBody = message.Body,
                MessageAttributes = ReasonAttributes(message, reason),
            },
            cancellationToken);
    }

    private static Dictionary<string, MessageAttributeValue> ReasonAttributes(QueueMessage message, string reason) => new()
    {
        [DeadLetterAttributes.Error] = new() { DataType = "String", StringValue = reason },
        [DeadLetterAttributes.SourceMessageId] = new() { DataType = "String", StringValue = message.MessageId },
    };

    private static string Serialize(Fax fax) => JsonSerializer.Serialize(fax, GatewayJson.Fax);

    private static string SafeGroup(string? group) =>
        group is { Length: > 0 and <= 128 } && group.All(c => c is >= '!' and <= '~') ? group : RejectedGroup;
}
