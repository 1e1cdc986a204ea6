using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// Reads a queue without consuming it. SQS has no peek: the only way to read a message is to
/// receive it, which hides it for a visibility timeout and adds one to its receive count. That
/// count is harmless here, because a dead-letter queue has no redrive policy of its own.
/// <para>
/// Every message received stays hidden for <see cref="Hold"/> until the scan ends, and is then
/// made visible again at once (visibility 0). Holding is what lets a scan get past what it has
/// already seen: a message released straight away can come back in the very next receive (and
/// on a FIFO queue the same first message of each group would come back every time). A FIFO
/// group stays locked while one of its messages is held, so a scan sees the first message of
/// each group (more where SQS returns several of a group in one receive); those behind it can
/// be read once it is deleted, which a redrive does. If the process dies mid-scan, the held
/// messages reappear by themselves when the hold runs out.
/// </para>
/// </summary>
internal sealed class DeadLetterScan(IAmazonSQS sqs, DeadLetterQueue queue) : IAsyncDisposable
{
    /// <summary>How long a message read by a scan stays hidden, at most (the scan releases it when it ends).</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);

    // A receive that only returns messages already seen (their hold ran out) is retried this often.
    private const int MaxRepeatReceives = 10;
    private readonly Dictionary<string, Message> _held = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Long-poll time of each receive (see <see cref="DeadLetterContext.ScanWaitTime"/>).</summary>
    public TimeSpan WaitTime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many different messages the scan has read.</summary>
    public int Seen => _seen.Count;

    /// <summary>Up to <paramref name="max"/> (at most 10) messages not read before; none when the queue gives no more.</summary>
    public async Task<IReadOnlyList<Message>> NextAsync(int max, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxRepeatReceives; attempt++)
        {
            var response = await sqs.ReceiveMessageAsync(
                new ReceiveMessageRequest
                {
                    QueueUrl = queue.Url.ToString(),
                    MaxNumberOfMessages = Math.Clamp(max, 1, 10),
                    VisibilityTimeout = (int)Hold.TotalSeconds,
                    WaitTimeSeconds = (int)WaitTime.TotalSeconds,
                    MessageSystemAttributeNames = ["All"],
                    MessageAttributeNames = ["All"],
                },
                cancellationToken);
            if (response.Messages is not { Count: > 0 } messages)
            {
                return [];
            }

            var fresh = new List<Message>();
            foreach (var message in messages)
            {
                // Only the newest receipt handle is sure to work for a delete or a release.
                _held[message.MessageId] = message;
                if (_seen.Add(message.MessageId))
                {
                    fresh.Add(message);
                }
            }

            if (fresh.Count > 0)
            {
                return fresh;
            }
        }

        return [];
    }

    /// <summary>Deletes a message this scan read, with its newest receipt handle.</summary>
    public async Task DeleteAsync(Message message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var newest = _held.GetValueOrDefault(message.MessageId, message);
        await sqs.DeleteMessageAsync(new DeleteMessageRequest(queue.Url.ToString(), newest.ReceiptHandle), cancellationToken);
        _held.Remove(message.MessageId);
    }

    /// <summary>Makes every message still held visible again.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var chunk in _held.Values.Chunk(10))
        {
            try
            {
                // Entries that fail (a handle gone stale because the hold ran out) come back in the
                // response rather than as an exception; those messages are visible already.
                await sqs.ChangeMessageVisibilityBatchAsync(
                    new ChangeMessageVisibilityBatchRequest
                    {
                        QueueUrl = queue.Url.ToString(),
                        Entries = [.. chunk.Select((message, i) => new ChangeMessageVisibilityBatchRequestEntry($"m{i}", message.ReceiptHandle) { VisibilityTimeout = 0 })],
                    },
                    CancellationToken.None);
            }
            catch (AmazonClientException)
            {
                // Nothing to do: the messages become visible by themselves when the hold runs out.
            }
        }

        _held.Clear();
    }
}
