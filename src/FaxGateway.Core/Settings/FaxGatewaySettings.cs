using FaxGateway.Core.Attempts;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Webhooks;
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

    /// <summary>How long a fax is tried from its first attempt unless <c>FAX_DEADLINE</c> says otherwise: three days.</summary>
    public static readonly TimeSpan DefaultFaxDeadline = TimeSpan.FromDays(3);

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

    /// <summary>
    /// How long a failed fax waits, and how often it is tried, by the cause of the failure
    /// (<c>RETRY_POLICY</c> and <c>RETRY_*</c>). <c>RETRY_POLICY=constant</c> is the original's:
    /// <see cref="BackoffDelay"/> after every failure.
    /// </summary>
    public RetryPolicy Retries { get; init; } = new();

    /// <summary>
    /// How long after its first attempt a fax may still be tried (<c>FAX_DEADLINE</c>, seconds);
    /// a message may set its own with <c>expires_at</c>. Past it the fax ends in <c>perm_fail</c>,
    /// status <c>expired</c>. Three days outlast a weekend of closed send windows (Friday 17:00
    /// to Monday 08:00 is 63 hours) and the original's longest run of 20 three-hour attempts.
    /// <value>The default value is 259,200 seconds (three days).</value>
    /// </summary>
    public TimeSpan FaxDeadline { get; init; } = DefaultFaxDeadline;

    /// <summary>When a fax's status is read while it is on the line (<c>FAX_POLL_MODE</c>, <c>FAX_PAGE_SECONDS</c>).</summary>
    public PollingSettings Polling { get; init; } = PollingSettings.Default;

    /// <summary>The hours destinations may be faxed (<c>SEND_WINDOWS</c>); by default any time.</summary>
    public SendWindowRules SendWindows { get; init; } = SendWindowRules.None;

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
    /// The webhook dead-letter queue (<c>QUEUE_URL_WEBHOOK_DLQ</c>). A callback whose URL the
    /// outbound URL guard refuses is moved here at once with the reason, since retrying cannot help.
    /// </summary>
    public required Uri WebhookDeadLetterQueueUrl { get; init; }

    /// <summary>
    /// The secret callbacks are signed with, per Standard Webhooks (<c>WEBHOOK_SECRET_PARAMETER</c>,
    /// an SSM parameter name, or <c>WEBHOOK_SECRET</c>): <c>whsec_</c> and base64, or two of them
    /// separated by a space while a secret is rotated. Unset, callbacks go unsigned, as the original's did.
    /// </summary>
    public SecretReference? WebhookSecret { get; init; }

    /// <summary>
    /// How long a refused callback waits before each next try (<c>WEBHOOK_RETRY_SCHEDULE</c>,
    /// seconds, comma-separated, the last repeating).
    /// <value>The default value is 60,120,300,600,900,1800,3600,3600,7200: about 25 hours over 20 tries.</value>
    /// </summary>
    public WebhookRetrySchedule WebhookRetrySchedule { get; init; } = WebhookRetrySchedule.Default;

    /// <summary>
    /// How often the carrier is asked for a fax's status (<c>FAX_POLL_INTERVAL</c>, seconds).
    /// <value>The default value is 15 seconds, the original's.</value>
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long one run watches a fax before handing it to the next run (<c>FAX_ATTEMPT_TIMEOUT</c>,
    /// seconds). It must end before the function's own timeout, so a run is never killed mid-fax:
    /// a fax still in progress is recorded and its message comes back for the next run to watch.
    /// <value>The default value is 840 seconds: the 900-second Lambda limit less a minute to report.</value>
    /// </summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(840);

    /// <summary>
    /// How long one attempt may take in all, from the carrier accepting it, over as many runs as
    /// it needs (<c>FAX_ATTEMPT_MAX_DURATION</c>, seconds). Then the carrier is asked to cancel and
    /// the attempt is reported as <c>timeout</c>. A page takes about a minute, so this allows
    /// faxes of well over 100 pages while a fax stuck at the carrier still ends.
    /// <value>The default value is 10,800 seconds (3 hours).</value>
    /// </summary>
    public TimeSpan AttemptMaxDuration { get; init; } = TimeSpan.FromHours(3);

    /// <summary>
    /// How many runs of one fax message may fail (throw) before the gateway moves it to the fax
    /// dead-letter queue itself (<c>FAX_MAX_FAILED_RECEIVES</c>). Runs that hand a long fax on
    /// do not count; the queue's own redrive count is only a backstop above this.
    /// <value>The default value is 3, the original's redrive count.</value>
    /// </summary>
    public int MaxFailedReceives { get; init; } = 3;

    /// <summary>The DynamoDB table of attempt records (<c>TABLE_NAME_ATTEMPTS</c>).</summary>
    public required string AttemptTableName { get; init; }

    /// <summary>
    /// How long attempt records are kept (<c>ATTEMPT_RECORD_RETENTION</c>, seconds). A message
    /// redriven from a dead-letter queue within this time still carries on where it stopped;
    /// a fax id reused within it is taken for the same fax.
    /// <value>The default value is 1,382,400 seconds (16 days): longer than a dead-letter queue keeps a message (14 days from when it was moved).</value>
    /// </summary>
    public TimeSpan AttemptRecordRetention { get; init; } = TimeSpan.FromDays(16);

    /// <summary>
    /// The fax processor function's own timeout (<c>FAX_PROCESSOR_TIMEOUT</c>, seconds), set by
    /// the deployed stack from the function's configuration. When set, the function refuses to
    /// start unless an attempt ends well before it and the fax queue hides a message longer.
    /// Unset in the worker, which keeps messages hidden with a heartbeat instead.
    /// </summary>
    public TimeSpan? FunctionTimeout { get; init; }

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
    /// Region assumed for a destination written without a country code
    /// (<c>DEFAULT_PHONE_REGION</c>, a two-letter code such as US or CA).
    /// <value>The default value is US.</value>
    /// </summary>
    public string DefaultPhoneRegion { get; init; } = FaxRequestParser.DefaultRegion;

    /// <summary>
    /// Whether callback and PDF URLs may use plain http and point at this machine
    /// (<c>ALLOW_INSECURE_URLS</c>). Only for the local demo and tests: in production every
    /// URL must be https and resolve to a public address.
    /// <value>The default value is false.</value>
    /// </summary>
    public bool AllowInsecureUrls { get; init; }

    /// <summary>
    /// Whether the gateway fetches and checks each fax's PDF before every attempt
    /// (<c>MEDIA_PREFLIGHT</c>: on or off). Turn it off only for links only the carrier can reach.
    /// <value>The default value is on.</value>
    /// </summary>
    public bool CheckMedia { get; init; } = true;

    /// <summary>
    /// How long fetching a PDF for the check may take (<c>MEDIA_TIMEOUT</c>, seconds).
    /// <value>The default value is 30 seconds.</value>
    /// </summary>
    public TimeSpan MediaTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The largest PDF accepted (<c>MEDIA_MAX_BYTES</c>); carriers refuse larger ones (Telnyx at 50 MB).
    /// <value>The default value is 50,000,000 bytes.</value>
    /// </summary>
    public long MediaMaxBytes { get; init; } = 50_000_000;

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
        var settings = Read(reader);
        reader.ThrowIfInvalid();
        return settings;
    }

    /// <summary>Binds every setting through <paramref name="reader"/>, which collects the problems for the caller to report together with its own.</summary>
    public static FaxGatewaySettings Read(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var maxFaxAttempts = reader.WholeNumber("MAX_FAX_ATTEMPTS", 20, min: 1, max: 1000);
        var backoffDelay = reader.Seconds("BACKOFF_DELAY", TimeSpan.FromSeconds(600), TimeSpan.Zero, MaxSqsDelay);
        return new FaxGatewaySettings
        {
            MaxFaxAttempts = maxFaxAttempts,
            BackoffDelay = backoffDelay,
            Retries = RetryPolicy.Read(reader, backoffDelay, maxFaxAttempts),
            FaxDeadline = reader.Seconds("FAX_DEADLINE", DefaultFaxDeadline, TimeSpan.FromSeconds(1), TimeSpan.FromDays(30)),
            Polling = PollingSettings.Read(reader),
            SendWindows = SendWindowRules.Read(reader),
            FaxQueueUrl = reader.RequiredUrl("QUEUE_URL_FAX"),
            RetryQueueUrl = reader.RequiredUrl("QUEUE_URL_RETRY"),
            WebhookQueueUrl = reader.RequiredUrl("QUEUE_URL_WEBHOOK"),
            FaxDeadLetterQueueUrl = reader.RequiredUrl("QUEUE_URL_FAX_DLQ"),
            WebhookDeadLetterQueueUrl = reader.RequiredUrl("QUEUE_URL_WEBHOOK_DLQ"),
            WebhookSecret = SecretReference.LoadOptional(reader, "WEBHOOK_SECRET"),
            WebhookRetrySchedule = ReadRetrySchedule(reader),
            PollInterval = reader.Seconds(
                "FAX_POLL_INTERVAL", TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(5)),
            AttemptTimeout = reader.Seconds(
                "FAX_ATTEMPT_TIMEOUT", TimeSpan.FromSeconds(840), TimeSpan.FromSeconds(1), TimeSpan.FromHours(12)),
            AttemptMaxDuration = reader.Seconds(
                "FAX_ATTEMPT_MAX_DURATION", TimeSpan.FromHours(3), TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)),
            MaxFailedReceives = reader.WholeNumber("FAX_MAX_FAILED_RECEIVES", 3, min: 1, max: 100),
            AttemptTableName = ReadTableName(reader),
            AttemptRecordRetention = reader.Seconds(
                "ATTEMPT_RECORD_RETENTION", TimeSpan.FromDays(16), TimeSpan.FromHours(1), TimeSpan.FromDays(365)),
            FunctionTimeout = reader.OptionalString("FAX_PROCESSOR_TIMEOUT") is null
                ? null
                : reader.Seconds("FAX_PROCESSOR_TIMEOUT", TimeSpan.FromSeconds(900), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(900)),
            WebhookTimeout = reader.Seconds(
                "WEBHOOK_TIMEOUT", TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5)),
            EmitMetrics = reader.Choice("METRICS", "off", "off", "emf") == "emf",
            Stage = reader.OptionalString("STAGE") ?? "local",
            DefaultPhoneRegion = ReadRegion(reader),
            AllowInsecureUrls = reader.Choice("ALLOW_INSECURE_URLS", "false", "false", "true") == "true",
            CheckMedia = reader.Choice("MEDIA_PREFLIGHT", "on", "on", "off") == "on",
            MediaTimeout = reader.Seconds("MEDIA_TIMEOUT", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)),
            MediaMaxBytes = reader.WholeNumber("MEDIA_MAX_BYTES", 50_000_000, min: 1_000, max: 500_000_000),
            Carrier = CarrierSettingsLoader.Load(reader),
        };
    }

    private static WebhookRetrySchedule ReadRetrySchedule(SettingsReader reader)
    {
        var text = reader.OptionalString("WEBHOOK_RETRY_SCHEDULE");
        if (text is null)
        {
            return WebhookRetrySchedule.Default;
        }

        var schedule = WebhookRetrySchedule.Parse(text);
        if (schedule is null)
        {
            reader.AddProblem("WEBHOOK_RETRY_SCHEDULE must be 1 to 50 comma-separated whole seconds, each from 1 to 43200");
        }

        return schedule ?? WebhookRetrySchedule.Default;
    }

    private static string ReadTableName(SettingsReader reader)
    {
        var name = reader.RequiredString("TABLE_NAME_ATTEMPTS");
        if (name.Length > 0 && !AttemptTable.IsValidName(name))
        {
            reader.AddProblem($"TABLE_NAME_ATTEMPTS must be a DynamoDB table name: 3 to 255 letters, digits, '_', '-' or '.' (got '{name}')");
        }

        return name;
    }

    private static string ReadRegion(SettingsReader reader)
    {
        var region = reader.OptionalString("DEFAULT_PHONE_REGION")?.ToUpperInvariant() ?? FaxRequestParser.DefaultRegion;
        if (!DestinationNumber.IsKnownRegion(region))
        {
            reader.AddProblem($"DEFAULT_PHONE_REGION must be a two-letter region code such as US (got '{region}')");
        }

        return region;
    }
}
