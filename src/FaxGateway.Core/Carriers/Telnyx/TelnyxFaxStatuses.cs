namespace FaxGateway.Core.Carriers.Telnyx;

/// <summary>
/// Telnyx's outbound fax statuses and failure reasons, mapped onto the common model
/// (providers.md §3 and §7). Sources: the status enum in team-telnyx/telnyx-python
/// (src/telnyx/types/fax.py) and https://support.telnyx.com/en/articles/4967498-fax-api-error-list.
/// </summary>
public static class TelnyxFaxStatuses
{
    /// <summary>The outbound path before a final status: queued, media.processed, originated, sending.</summary>
    public static readonly IReadOnlySet<string> Pending = new HashSet<string>(StringComparer.Ordinal)
    {
        "queued", "media.processed", "originated", "sending",
    };

    /// <summary>Every page reached the receiving machine.</summary>
    public const string Delivered = "delivered";

    /// <summary>The only failure status; <c>failure_reason</c> says why.</summary>
    public const string Failed = "failed";

    /// <summary>
    /// Failure reasons no retry can fix: a bad or unallocated number, a destination or origin the
    /// account may not use, a refused account, media Telnyx cannot fax. Everything else (busy,
    /// no answer, line and T.30 trouble, channel limits, a failed download of our URL, reasons
    /// not listed, or none) is retried, as the original retried every failure.
    /// </summary>
    public static readonly IReadOnlySet<string> PermanentReasons = new HashSet<string>(StringComparer.Ordinal)
    {
        "receiver_invalid_number_format", "receiver_unallocated_number", "destination_invalid",
        "destination_not_in_service_plan", "destination_not_in_countries_whitelist",
        "unverified_origination_number", "unverified_destination_not_allowed", "no_outbound_profile",
        "account_disabled", "file_format_invalid", "file_size_limit_exceeded", "page_count_limit_exceeded",
        "media_processing_exception",
    };

    /// <summary>Maps a status and, for a failure, its reason.</summary>
    public static CarrierFaxState Map(string? status, string? failureReason) => status switch
    {
        Delivered => CarrierFaxState.Delivered,
        Failed when failureReason is not null && PermanentReasons.Contains(failureReason) => CarrierFaxState.FailedPermanent,
        not null when Pending.Contains(status) => CarrierFaxState.Pending,
        _ => CarrierFaxState.FailedRetryable,
    };

    /// <summary>Whether <paramref name="status"/> is one the gateway expects from an outbound fax.</summary>
    public static bool IsKnown(string? status) =>
        status is Delivered or Failed || (status is not null && Pending.Contains(status));

    /// <summary>The text a callback quotes: <c>failed: user_busy</c>, or the status alone.</summary>
    public static string Describe(string status, string? failureReason) =>
        string.IsNullOrEmpty(failureReason) ? status : $"{status}: {failureReason}";
}
