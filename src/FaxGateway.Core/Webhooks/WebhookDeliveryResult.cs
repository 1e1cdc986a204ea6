namespace FaxGateway.Core.Webhooks;

/// <summary>What happened to one callback POST.</summary>
/// <param name="Outcome">Delivered, gone, refused or failed.</param>
/// <param name="StatusCode">The HTTP status, when the receiver answered at all.</param>
/// <param name="Detail">A short, log-safe account (never the URL).</param>
/// <param name="RetryAfter">How long the receiver asked us to wait (429 with <c>Retry-After</c>).</param>
public sealed record WebhookDeliveryResult(WebhookOutcome Outcome, int? StatusCode, string Detail, TimeSpan? RetryAfter = null)
{
    public bool Delivered => Outcome == WebhookOutcome.Delivered;

    /// <summary>Reads an answer: 2xx delivered, 410 gone for good, anything else failed.</summary>
    public static WebhookDeliveryResult Answered(int statusCode, TimeSpan? retryAfter = null) => statusCode switch
    {
        >= 200 and <= 299 => new(WebhookOutcome.Delivered, statusCode, $"HTTP {statusCode}"),
        410 => new(WebhookOutcome.Gone, statusCode, "HTTP 410"),
        _ => new(WebhookOutcome.Failed, statusCode, $"HTTP {statusCode}", retryAfter),
    };

    public static WebhookDeliveryResult NoAnswer(string detail) => new(WebhookOutcome.Failed, null, detail);

    /// <summary>The URL leads somewhere the gateway must not connect to; retrying cannot help.</summary>
    public static WebhookDeliveryResult Refused(string reason) => new(WebhookOutcome.Refused, null, reason);
}
