using FaxGateway.Core.Settings;

namespace FaxGateway.Cli.Worker;

/// <summary>How the <c>faxgw run</c> worker consumes the queues, bound from <c>WORKER_*</c> variables.</summary>
internal sealed record WorkerSettings
{
    /// <summary>
    /// Faxes in progress at once (<c>WORKER_FAX_CONCURRENCY</c>). Each holds one destination's
    /// message group and mostly waits on the carrier, so this can be high.
    /// <value>The default value is 50.</value>
    /// </summary>
    public int FaxConcurrency { get; init; } = 50;

    /// <summary>Retry messages forwarded at once (<c>WORKER_RETRY_CONCURRENCY</c>). <value>The default value is 4.</value></summary>
    public int RetryConcurrency { get; init; } = 4;

    /// <summary>Callbacks POSTed at once (<c>WORKER_WEBHOOK_CONCURRENCY</c>). <value>The default value is 20.</value></summary>
    public int WebhookConcurrency { get; init; } = 20;

    /// <summary>
    /// Long-poll wait per receive (<c>WORKER_WAIT_TIME</c>, seconds, 0–20).
    /// <value>The default value is 20 seconds, SQS's longest, which costs the fewest empty receives.</value>
    /// </summary>
    public TimeSpan WaitTime { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// On shutdown, how long messages in progress may run on before they are abandoned to
    /// SQS redelivery (<c>WORKER_SHUTDOWN_GRACE</c>, seconds).
    /// <value>The default value is 60 seconds.</value>
    /// </summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Binds the <c>WORKER_*</c> settings through <paramref name="reader"/>, which collects any problems.</summary>
    public static WorkerSettings Read(SettingsReader reader) => new()
    {
        FaxConcurrency = reader.WholeNumber("WORKER_FAX_CONCURRENCY", 50, min: 1, max: 10_000),
        RetryConcurrency = reader.WholeNumber("WORKER_RETRY_CONCURRENCY", 4, min: 1, max: 1_000),
        WebhookConcurrency = reader.WholeNumber("WORKER_WEBHOOK_CONCURRENCY", 20, min: 1, max: 1_000),
        WaitTime = reader.Seconds("WORKER_WAIT_TIME", TimeSpan.FromSeconds(20), TimeSpan.Zero, TimeSpan.FromSeconds(20)),
        ShutdownGrace = reader.Seconds("WORKER_SHUTDOWN_GRACE", TimeSpan.FromSeconds(60), TimeSpan.Zero, TimeSpan.FromHours(1)),
    };
}
