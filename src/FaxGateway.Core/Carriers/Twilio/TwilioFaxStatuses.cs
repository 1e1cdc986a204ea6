using System.Globalization;

namespace FaxGateway.Core.Carriers.Twilio;

/// <summary>
/// Twilio's fax statuses and how they map onto the common model.
/// https://www.twilio.com/docs/fax/api/fax-resource (status values); Twilio support advised
/// retrying faxes that end busy or failed. SignalWire serves the same statuses.
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

    /// <summary>A failure; <c>error_code</c>, where the carrier sends one, says which.</summary>
    public const string Failed = "failed";

    /// <summary>The final statuses the gateway expects to meet, besides <see cref="Delivered"/> and <see cref="Canceled"/>.</summary>
    public static readonly IReadOnlySet<string> Failures = new HashSet<string>(StringComparer.Ordinal)
    {
        "busy", "no-answer", Failed,
    };

    /// <summary>
    /// Error codes on a failed fax that no retry can fix. Twilio's own: 21211 "Invalid 'To' Phone
    /// Number" (https://www.twilio.com/docs/errors/21211) and 12300 "Invalid Content-Type", the
    /// media is not something a fax can carry (https://www.twilio.com/docs/errors/12300).
    /// SignalWire publishes no code table, so anything else stays retryable, as in the original.
    /// </summary>
    public static readonly IReadOnlySet<int> PermanentErrorCodes = new HashSet<int> { 21211, 12300 };

    /// <summary>
    /// Maps a Twilio status. Busy, no-answer and failed are worth retrying; anything the gateway
    /// does not know (inbound statuses, new values) is treated as retryable too, as the
    /// original treated every non-delivered final status.
    /// </summary>
    public static CarrierFaxState Map(string? status) => Map(status, errorCode: null);

    /// <summary>As <see cref="Map(string?)"/>, with a failed fax's <c>error_code</c> able to make it permanent.</summary>
    public static CarrierFaxState Map(string? status, int? errorCode) => status switch
    {
        null or "" => CarrierFaxState.FailedRetryable,
        Delivered => CarrierFaxState.Delivered,
        Canceled => CarrierFaxState.FailedPermanent,
        Failed when errorCode is { } code && PermanentErrorCodes.Contains(code) => CarrierFaxState.FailedPermanent,
        _ when Pending.Contains(status) => CarrierFaxState.Pending,
        _ => CarrierFaxState.FailedRetryable,
    };

    /// <summary>Whether <paramref name="status"/> is one the gateway expects from an outbound fax.</summary>
    public static bool IsKnown(string? status) =>
        status is Delivered or Canceled || (status is not null && (Pending.Contains(status) || Failures.Contains(status)));

    /// <summary>The text a callback quotes: the status, and for a failure with a reason, the reason (<c>failed: 21211 Invalid 'To' Phone Number</c>).</summary>
    internal static string Describe(string status, int? errorCode, string? errorMessage) =>
        errorCode is { } code
            ? string.Create(CultureInfo.InvariantCulture, $"{status}: {code} {errorMessage}").TrimEnd()
            : status;
}
