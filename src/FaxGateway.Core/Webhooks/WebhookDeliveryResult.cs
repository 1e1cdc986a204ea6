namespace FaxGateway.Core.Webhooks;

/// <summary>What happened to one callback POST.</summary>
/// <param name="Delivered">The receiver answered 2xx.</param>
/// <param name="StatusCode">The HTTP status, when the receiver answered at all.</param>
/// <param name="Detail">A short, log-safe account (never the URL).</param>
public sealed record WebhookDeliveryResult(bool Delivered, int? StatusCode, string Detail)
{
    public static WebhookDeliveryResult Answered(int statusCode) =>
        new(statusCode is >= 200 and <= 299, statusCode, $"HTTP {statusCode}");

    public static WebhookDeliveryResult NoAnswer(string detail) => new(false, null, detail);
}
