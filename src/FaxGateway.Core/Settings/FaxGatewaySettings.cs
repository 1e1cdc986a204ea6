using FaxGateway.Core.Carriers;
using Microsoft.Extensions.Configuration;

namespace FaxGateway.Core.Settings;

/// <summary>
/// Every knob of the gateway, bound once at start-up from environment variables with the
/// original's names. <see cref="Load"/> refuses to start on anything missing or malformed.
/// </summary>
public sealed record FaxGatewaySettings
{
    /// <summary>Largest delay SQS accepts on one message.</summary>
    public static readonly TimeSpan MaxSqsDelay = TimeSpan.FromSeconds(900);

    /// <summary>
    /// How many times to try a fax before giving up (<c>MAX_FAX_ATTEMPTS</c>). Receivers are
    /// busy or out of paper for long stretches, so this is generous.
    /// <value>The default value is 20.</value>
    /// </summary>
    public int MaxFaxAttempts { get; init; } = 20;

    /// <summary>
    /// How long a failed fax waits before its next attempt (<c>BACKOFF_DELAY</c>, seconds, at
    /// most 900 because that is SQS's per-message delay limit).
    /// <value>The default value is 600 seconds.</value>
    /// </summary>
    public TimeSpan BackoffDelay { get; init; } = TimeSpan.FromSeconds(600);

    /// <summary>The FIFO fax queue (<c>QUEUE_URL_FAX</c>).</summary>
    public required Uri FaxQueueUrl { get; init; }

    /// <summary>The delayed retry queue (<c>QUEUE_URL_RETRY</c>).</summary>
    public required Uri RetryQueueUrl { get; init; }

    /// <summary>The webhook queue (<c>QUEUE_URL_WEBHOOK</c>).</summary>
    public required Uri WebhookQueueUrl { get; init; }

    /// <summary>
    /// The fax dead-letter queue (<c>QUEUE_URL_FAX_DLQ</c>). A message that can never be a fax
    /// is moved here at once, so it does not hold its destination's message group.
    /// </summary>
    public required Uri FaxDeadLetterQueueUrl { get; init; }

    /// <summary>
    /// How often the carrier is asked for a fax's status (<c>FAX_POLL_INTERVAL</c>, seconds).
    /// <value>The default value is 15 seconds, the original's.</value>
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long one attempt may wait for the carrier's final status (<c>FAX_ATTEMPT_TIMEOUT</c>,
    /// seconds). It must end before the function's own timeout, so that a stuck fax ends as a
    /// clean, reported timeout rather than a killed process.
    /// <value>The default value is 840 seconds: the 900-second Lambda limit less a minute to report.</value>
    /// </summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(840);

    /// <summary>
    /// How long one callback POST may take (<c>WEBHOOK_TIMEOUT</c>, seconds).
    /// <value>The default value is 15 seconds.</value>
    /// </summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Whether to write metrics in CloudWatch Embedded Metric Format on standard output
    /// (<c>METRICS</c>: <c>emf</c> or <c>off</c>). The deployed stack sets <c>emf</c>.
    /// <value>The default value is off.</value>
    /// </summary>
    public bool EmitMetrics { get; init; }

    /// <summary>
    /// The deployment stage (<c>STAGE</c>), the <c>Stage</c> dimension of every metric.
    /// <value>The default value is "local".</value>
    /// </summary>
    public string Stage { get; init; } = "local";

    /// <summary>
    /// The carrier faxes go through (<c>FAX_CARRIER</c>: twilio, signalwire, telnyx, sinch or
    /// simulator; the default is twilio), with its credentials, sending number and base URL.
    /// </summary>
    public required CarrierSettings Carrier { get; init; }

    /// <summary>Binds and validates every setting; throws <see cref="SettingsException"/> naming each problem.</summary>
    public static FaxGatewaySettings Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var reader = new SettingsReader(configuration);
        var settings = new FaxGatewaySettings
        {
            MaxFaxAttempts = reader.WholeNumber("MAX_FAX_ATTEMPTS", 20, min: 1, max: 1000),
            BackoffDelay = reader.Seconds("BACKOFF_DELAY", TimeSpan.FromSeconds(600), TimeSpan.Zero, MaxSqsDelay),
            FaxQueueUrl = reader.RequiredUrl("QUEUE_URL_FAX"),
            RetryQueueUrl = reader.RequiredUrl("QUEUE_URL_RETRY"),
            WebhookQueueUrl = reader.RequiredUrl("QUEUE_URL_WEBHOOK"),
            FaxDeadLetterQueueUrl = reader.RequiredUrl("QUEUE_URL_FAX_DLQ"),
            PollInterval = reader.Seconds(
                "FAX_POLL_INTERVAL", TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(5)),
            AttemptTimeout = reader.Seconds(
                "FAX_ATTEMPT_TIMEOUT", TimeSpan.FromSeconds(840), TimeSpan.FromSeconds(1), TimeSpan.FromHours(12)),
            WebhookTimeout = reader.Seconds(
                "WEBHOOK_TIMEOUT", TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5)),
            EmitMetrics = reader.Choice("METRICS", "off", "off", "emf") == "emf",
            Stage = reader.OptionalString("STAGE") ?? "local",
            Carrier = CarrierSettingsLoader.Load(reader),
        };
        reader.ThrowIfInvalid();
        return settings;
    }
}
