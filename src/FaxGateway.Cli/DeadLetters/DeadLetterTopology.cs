using FaxGateway.Core.Queues;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// Which dead-letter queue belongs to which working queue in a stage's
/// <see cref="QueueTopology"/>, and the names operators type for them (<c>fax</c>, <c>retry</c>, <c>webhook</c>).
/// </summary>
internal static class DeadLetterTopology
{
    public static readonly string[] Names = ["fax", "retry", "webhook"];

    public static DeadLetterKind Parse(string name) => name switch
    {
        "fax" => DeadLetterKind.Fax,
        "retry" => DeadLetterKind.Retry,
        "webhook" => DeadLetterKind.Webhook,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "expected fax, retry or webhook"),
    };

    public static string Name(DeadLetterKind kind) => Names[(int)kind];

    /// <summary>The dead-letter queue for <paramref name="kind"/>.</summary>
    public static QueueDefinition DeadLetter(QueueTopology topology, DeadLetterKind kind) => kind switch
    {
        DeadLetterKind.Fax => topology.FaxDeadLetter,
        DeadLetterKind.Retry => topology.RetryDeadLetter,
        _ => topology.WebhookDeadLetter,
    };

    /// <summary>The working queue whose failures land in the dead-letter queue for <paramref name="kind"/>.</summary>
    public static QueueDefinition Source(QueueTopology topology, DeadLetterKind kind) => kind switch
    {
        DeadLetterKind.Fax => topology.Fax,
        DeadLetterKind.Retry => topology.Retry,
        _ => topology.Webhook,
    };

    /// <summary>The kind a queue name suggests (<c>…-fax-dlq.fifo</c>, <c>…-retry-dlq</c>, <c>…-webhook-dlq</c>), if any.</summary>
    public static DeadLetterKind? FromQueueName(string queueName) => queueName switch
    {
        _ when queueName.EndsWith("-fax-dlq.fifo", StringComparison.Ordinal) => DeadLetterKind.Fax,
        _ when queueName.EndsWith("-retry-dlq", StringComparison.Ordinal) => DeadLetterKind.Retry,
        _ when queueName.EndsWith("-webhook-dlq", StringComparison.Ordinal) => DeadLetterKind.Webhook,
        _ => null,
    };
}
