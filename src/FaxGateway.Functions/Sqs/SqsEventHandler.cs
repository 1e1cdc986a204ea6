using System.Globalization;
using System.Text.Json;
using Amazon.SQS;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Queues;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Functions.Sqs;

/// <summary>
/// Adapts a Lambda SQS event to a queue message handler. Every record counts as failed until
/// its handler returns; on the FIFO fax queue the first failure also fails every later record,
/// so a later fax to a number never overtakes a failed one. The event source is configured
/// with batch size 1, so in practice there is one record.
/// </summary>
internal sealed class SqsEventHandler(IQueueMessageHandler handler, IAmazonSQS sqs, Uri queueUrl, ILogger logger)
{
    public async Task<Stream> HandleAsync(Stream sqsEvent, CancellationToken cancellationToken)
    {
        var parsed = await JsonSerializer.DeserializeAsync(sqsEvent, SqsEventJsonContext.Default.SqsEvent, cancellationToken)
            ?? throw new JsonException("The SQS event is null");
        var failures = new List<SqsBatchItemFailure>();
        foreach (var record in parsed.Records ?? [])
        {
            if (failures.Count > 0 && handler.Queue == QueueRole.Fax)
            {
                failures.Add(new SqsBatchItemFailure(record.MessageId));
                continue;
            }

            if (!await TryHandleAsync(record, cancellationToken))
            {
                failures.Add(new SqsBatchItemFailure(record.MessageId));
            }
        }

        return Serialize(new SqsBatchResponse(failures));
    }

    private async Task<bool> TryHandleAsync(SqsEventRecord record, CancellationToken cancellationToken)
    {
        var message = ToQueueMessage(record);
        using var scope = LogScopes.ForMessage(logger, record.MessageId, handler.Queue.ToString());
        try
        {
            await handler.HandleAsync(message, cancellationToken);
            return true;
        }
        catch (Exception exception)
        {
            // Deliberate catch-all: the record is reported as failed, SQS delivers it again and
            // its redrive policy finally moves it to the dead-letter queue.
            if (exception is IRetryLater { IsExpected: true })
            {
                Log.RecordHandedOn(logger, record.MessageId, handler.Queue.ToString(), message.ReceiveCount);
            }
            else
            {
                Log.RecordFailed(logger, exception, record.MessageId, handler.Queue.ToString(), message.ReceiveCount);
            }

            if (exception is IRetryLater retry && record.ReceiptHandle is { } receipt)
            {
                await RetryLaterAsync(record.MessageId, receipt, retry.RetryAfter);
            }

            return false;
        }
    }

    /// <summary>
    /// Hides the failed message for as long as its handler asked. Lambda leaves a failed
    /// message's visibility as it is, so this sets when SQS hands it out again.
    /// </summary>
    private async Task RetryLaterAsync(string messageId, string receiptHandle, TimeSpan delay)
    {
        try
        {
            var seconds = (int)Math.Clamp(Math.Ceiling(delay.TotalSeconds), 0, 43_200);
            await sqs.ChangeMessageVisibilityAsync(queueUrl.ToString(), receiptHandle, seconds, CancellationToken.None);
        }
        catch (Exception exception) when (exception is AmazonSQSException or HttpRequestException or IOException)
        {
            // The queue's own visibility timeout then decides when it comes back.
            Log.RetryDelayFailed(logger, exception, messageId);
        }
    }

    private static QueueMessage ToQueueMessage(SqsEventRecord record)
    {
        var attributes = record.Attributes ?? new Dictionary<string, string>();
        var receiveCount = attributes.TryGetValue("ApproximateReceiveCount", out var count)
            && int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1;
        attributes.TryGetValue("MessageGroupId", out var group);
        return new QueueMessage(record.MessageId, record.Body ?? string.Empty, receiveCount, group);
    }

    private static MemoryStream Serialize(SqsBatchResponse response)
    {
        var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, response, SqsEventJsonContext.Default.SqsBatchResponse);
        stream.Position = 0;
        return stream;
    }
}
