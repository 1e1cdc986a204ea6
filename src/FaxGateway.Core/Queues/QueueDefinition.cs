namespace FaxGateway.Core.Queues;

/// <summary>One of the gateway's six queues, with the attributes the deployed stack gives it.</summary>
/// <param name="Name">The queue's name (FIFO names end in <c>.fifo</c>).</param>
/// <param name="IsFifo">Whether it is a FIFO queue (then with content-based deduplication).</param>
/// <param name="VisibilityTimeout">How long a received message stays hidden: the wait before a failed message is tried again.</param>
/// <param name="DeadLetterQueueName">Where messages go after <paramref name="MaxReceiveCount"/> receives; null for a dead-letter queue itself.</param>
/// <param name="MaxReceiveCount">Receives before a message is moved to the dead-letter queue.</param>
/// <param name="RetentionPeriod">How long SQS keeps an unprocessed message; null for SQS's default of 4 days.</param>
public sealed record QueueDefinition(
    string Name,
    bool IsFifo,
    TimeSpan VisibilityTimeout,
    string? DeadLetterQueueName,
    int MaxReceiveCount,
    TimeSpan? RetentionPeriod)
{
    /// <summary>The same queue with its visibility timeout divided by <paramref name="speedUp"/> (at least 1 s), for accelerated local runs.</summary>
    public QueueDefinition Accelerated(double speedUp) => speedUp <= 1
        ? this
        : this with { VisibilityTimeout = TimeSpan.FromSeconds(Math.Max(1, Math.Round(VisibilityTimeout.TotalSeconds / speedUp))) };
}
