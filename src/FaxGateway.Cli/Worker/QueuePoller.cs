using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Queues;

namespace FaxGateway.Cli.Worker;

/// <summary>
/// Long-polls one queue and runs its handler on each message, up to a concurrency limit:
/// success deletes the message, failure leaves it for SQS to deliver again after its
/// visibility timeout (exactly what the Lambda event source does), and a heartbeat keeps it
/// hidden while it is being processed.
/// </summary>
internal sealed class QueuePoller(
    IAmazonSQS sqs,
    Uri queueUrl,
    IQueueMessageHandler handler,
    int concurrency,
    TimeSpan waitTime,
    TimeProvider time,
    ILogger logger)
{
    private const int MaxBatch = 10;
    private static readonly TimeSpan ReceiveBackoff = TimeSpan.FromSeconds(2);

    private string QueueName => handler.Queue.ToString();

    /// <summary>
    /// Runs until <paramref name="stopReceiving"/>, then waits for messages in progress.
    /// <paramref name="abortWork"/> cancels those too (the grace period is over).
    /// </summary>
    public async Task RunAsync(CancellationToken stopReceiving, CancellationToken abortWork)
    {
        var visibility = await ReadVisibilityTimeoutAsync(stopReceiving);
        using var slots = new SemaphoreSlim(concurrency, concurrency);
        var inFlight = new List<Task>();
        Log.WorkerQueueStarted(logger, QueueName, concurrency);
        while (!stopReceiving.IsCancellationRequested)
        {
            var reserved = await ReserveSlotsAsync(slots, stopReceiving);
            if (reserved == 0)
            {
                break;
            }

            var messages = await ReceiveAsync(reserved, stopReceiving);
            if (messages.Count < reserved)
            {
                // Release(0) throws: a full batch would end this queue's loop for good.
                slots.Release(reserved - messages.Count);
            }

            inFlight.RemoveAll(task => task.IsCompleted);
            inFlight.AddRange(messages.Select(message => ProcessAsync(message, visibility, slots, abortWork)));
        }

        await Task.WhenAll(inFlight);
        Log.WorkerQueueStopped(logger, QueueName);
    }

    private static async Task<int> ReserveSlotsAsync(SemaphoreSlim slots, CancellationToken stopReceiving)
    {
        try
        {
            await slots.WaitAsync(stopReceiving);
        }
        catch (OperationCanceledException)
        {
            return 0;
        }

        var reserved = 1;
        while (reserved < MaxBatch && slots.Wait(0, stopReceiving))
        {
            reserved++;
        }

        return reserved;
    }

    private async Task<IReadOnlyList<Message>> ReceiveAsync(int count, CancellationToken stopReceiving)
    {
        try
        {
            var response = await sqs.ReceiveMessageAsync(
                new ReceiveMessageRequest
                {
                    QueueUrl = queueUrl.ToString(),
                    MaxNumberOfMessages = count,
                    WaitTimeSeconds = (int)waitTime.TotalSeconds,
                    MessageSystemAttributeNames = ["ApproximateReceiveCount", "MessageGroupId"],
                },
                stopReceiving);
            return response.Messages ?? [];
        }
        catch (OperationCanceledException) when (stopReceiving.IsCancellationRequested)
        {
            return [];
        }
        catch (Exception exception) when (exception is AmazonSQSException or HttpRequestException or IOException)
        {
            Log.ReceiveFailed(logger, exception, QueueName, ReceiveBackoff);
            await DelayQuietlyAsync(ReceiveBackoff, stopReceiving);
            return [];
        }
    }

    private async Task ProcessAsync(Message message, TimeSpan visibility, SemaphoreSlim slots, CancellationToken abortWork)
    {
        // Run off the receive loop's thread at once, so a slow handler never delays receiving.
        await Task.Yield();
        var queueMessage = ToQueueMessage(message);
        using var scope = LogScopes.ForMessage(logger, message.MessageId, QueueName);
        try
        {
            await using (VisibilityHeartbeat.Start(sqs, queueUrl, message.ReceiptHandle, visibility, time, logger, message.MessageId))
            {
                await handler.HandleAsync(queueMessage, abortWork);
            }

            await DeleteAsync(message);
        }
        catch (OperationCanceledException) when (abortWork.IsCancellationRequested)
        {
            Log.MessageAbandoned(logger, message.MessageId, QueueName);
        }
        catch (Exception exception)
        {
            // Deliberate catch-all: whatever went wrong, the message stays on the queue and SQS
            // delivers it again (and finally moves it to the dead-letter queue).
            if (exception is IRetryLater { IsExpected: true })
            {
                Log.MessageHandedOn(logger, message.MessageId, QueueName, queueMessage.ReceiveCount);
            }
            else
            {
                Log.MessageFailed(logger, exception, message.MessageId, QueueName, queueMessage.ReceiveCount);
            }

            if (exception is IRetryLater retry)
            {
                await RetryLaterAsync(message, retry.RetryAfter);
            }
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Hides the failed message for as long as its handler asked, instead of the queue's fixed timeout.</summary>
    private async Task RetryLaterAsync(Message message, TimeSpan delay)
    {
        try
        {
            await sqs.ChangeMessageVisibilityAsync(queueUrl.ToString(), message.ReceiptHandle, VisibilitySeconds(delay), CancellationToken.None);
        }
        catch (Exception exception) when (exception is AmazonSQSException or HttpRequestException or IOException)
        {
            // The queue's own visibility timeout then decides when it comes back: later or
            // sooner than asked, but not lost.
            Log.VisibilityExtensionFailed(logger, exception, message.MessageId);
        }
    }

    private static int VisibilitySeconds(TimeSpan delay) => (int)Math.Clamp(Math.Ceiling(delay.TotalSeconds), 0, 43_200);

    private async Task DeleteAsync(Message message)
    {
        try
        {
            await sqs.DeleteMessageAsync(queueUrl.ToString(), message.ReceiptHandle, CancellationToken.None);
        }
        catch (Exception exception) when (exception is AmazonSQSException or HttpRequestException or IOException)
        {
            Log.DeleteFailed(logger, exception, message.MessageId, QueueName);
        }
    }

    private async Task<TimeSpan> ReadVisibilityTimeoutAsync(CancellationToken cancellationToken)
    {
        var attributes = await sqs.GetQueueAttributesAsync(
            new GetQueueAttributesRequest { QueueUrl = queueUrl.ToString(), AttributeNames = ["VisibilityTimeout"] },
            cancellationToken);
        return TimeSpan.FromSeconds(Math.Max(1, attributes.VisibilityTimeout));
    }

    private static QueueMessage ToQueueMessage(Message message)
    {
        var attributes = message.Attributes ?? [];
        var receiveCount = attributes.TryGetValue("ApproximateReceiveCount", out var count)
            && int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1;
        attributes.TryGetValue("MessageGroupId", out var group);
        return new QueueMessage(message.MessageId, message.Body ?? string.Empty, receiveCount, group);
    }

    private async Task DelayQuietlyAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
