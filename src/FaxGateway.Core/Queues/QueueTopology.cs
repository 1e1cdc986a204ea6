namespace FaxGateway.Core.Queues;

/// <summary>
/// The six queues of one stage, named and configured exactly as <c>serverless.yml</c> creates
/// them (a test keeps the two in step). The demo and tests create these in the emulator.
/// </summary>
public sealed record QueueTopology(
    QueueDefinition Fax,
    QueueDefinition Retry,
    QueueDefinition Webhook,
    QueueDefinition FaxDeadLetter,
    QueueDefinition RetryDeadLetter,
    QueueDefinition WebhookDeadLetter)
{
    /// <summary>Dead-letter queues keep messages for the longest SQS allows, so nobody loses one over a holiday.</summary>
    public static readonly TimeSpan DeadLetterRetention = TimeSpan.FromDays(14);

    /// <summary>Every queue, dead-letter queues first (the others' redrive policies point at them).</summary>
    public IReadOnlyList<QueueDefinition> All => [FaxDeadLetter, RetryDeadLetter, WebhookDeadLetter, Fax, Retry, Webhook];

    /// <summary>The queues of <paramref name="stage"/>: <c>fax-gateway-{stage}-fax.fifo</c> and so on.</summary>
    public static QueueTopology ForStage(string stage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        var prefix = $"fax-gateway-{stage}";
        var faxDlq = DeadLetter($"{prefix}-fax-dlq.fifo", isFifo: true);
        var retryDlq = DeadLetter($"{prefix}-retry-dlq", isFifo: false);
        var webhookDlq = DeadLetter($"{prefix}-webhook-dlq", isFifo: false);
        return new QueueTopology(
            // Longer than the fax processor's 900 s timeout, or a fax in progress would be handed out again.
            // 20 receives is only a backstop (when DynamoDB is unreachable, say): a long fax is received
            // once per run, so the gateway counts failed runs itself and dead-letters after 3.
            Fax: new($"{prefix}-fax.fifo", IsFifo: true, TimeSpan.FromSeconds(1200), faxDlq.Name, MaxReceiveCount: 20, null),
            // Only fails when SQS or Lambda does: three tries, three minutes apart.
            Retry: new($"{prefix}-retry", IsFifo: false, TimeSpan.FromSeconds(180), retryDlq.Name, MaxReceiveCount: 3, null),
            // Fails whenever the caller's endpoint does: twenty tries, three minutes apart.
            Webhook: new($"{prefix}-webhook", IsFifo: false, TimeSpan.FromSeconds(180), webhookDlq.Name, MaxReceiveCount: 20, null),
            FaxDeadLetter: faxDlq,
            RetryDeadLetter: retryDlq,
            WebhookDeadLetter: webhookDlq);
    }

    /// <summary>The same topology with every visibility timeout divided by <paramref name="speedUp"/>.</summary>
    public QueueTopology Accelerated(double speedUp) => new(
        Fax.Accelerated(speedUp),
        Retry.Accelerated(speedUp),
        Webhook.Accelerated(speedUp),
        FaxDeadLetter.Accelerated(speedUp),
        RetryDeadLetter.Accelerated(speedUp),
        WebhookDeadLetter.Accelerated(speedUp));

    private static QueueDefinition DeadLetter(string name, bool isFifo) =>
        new(name, isFifo, TimeSpan.FromSeconds(30), DeadLetterQueueName: null, MaxReceiveCount: 0, DeadLetterRetention);
}
