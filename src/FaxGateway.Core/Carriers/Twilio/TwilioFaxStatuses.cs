namespace FaxGateway.Core.Carriers.Twilio;

/// <summary>
/// Twilio's fax statuses and how they map onto the common model.
/// https://www.twilio.com/docs/fax/api/fax-resource (status values); Twilio support advised
/// retrying faxes that end busy or failed.
/// </summary>
public static class TwilioFaxStatuses
{
    /// <summary>Still in progress: request accepted, media being fetched, or pages going out.</summary>
    public static readonly IReadOnlySet<string> Pending = new HashSet<string>(StringComparer.Ordinal)
    {
        "queued", "processing", "sending",
    };

    /// <summary>Every page reached the receiving machine.</summary>
    public const string Delivered = "delivered";

    /// <summary>Stopped on request; another attempt would need a new request.</summary>
    public const string Canceled = "canceled";

    /// <summary>
    /// Maps a Twilio status. Busy, no-answer and failed are worth retrying; anything the gateway
    /// does not know (inbound statuses, new values) is treated as retryable too, as the
    /// original treated every non-delivered final status.
    /// </summary>
    public static CarrierFaxState Map(string? status) => status switch
    {
        null or "" => CarrierFaxState.FailedRetryable,
        Delivered => CarrierFaxState.Delivered,
        Canceled => CarrierFaxState.FailedPermanent,
        _ when Pending.Contains(status) => CarrierFaxState.Pending,
        _ => CarrierFaxState.FailedRetryable,
    };
}
