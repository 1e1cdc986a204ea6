using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api.Telnyx;

/// <summary>
/// The model's statuses in Telnyx's words: queued, media.processed (once the pages are counted),
/// sending, then delivered or failed with a <c>failure_reason</c>
/// (https://support.telnyx.com/en/articles/4967498-fax-api-error-list). A status the model
/// does not have (an injected unknown one) passes through unchanged.
/// </summary>
internal static class TelnyxStatuses
{
    public static string Of(FaxSnapshot fax)
    {
        ArgumentNullException.ThrowIfNull(fax);
        return fax.Status switch
        {
            FaxStatuses.Queued => "queued",
            FaxStatuses.Processing => fax.NumPages is null ? "queued" : "media.processed",
            FaxStatuses.Sending => "sending",
            FaxStatuses.Delivered => "delivered",
            FaxStatuses.Busy or FaxStatuses.NoAnswer or FaxStatuses.Failed or FaxStatuses.Canceled => "failed",
            var other => other,
        };
    }

    /// <summary>
    /// Why a failed fax failed. How Telnyx reports a canceled outbound fax is not published, so
    /// the simulator gives no reason for one.
    /// </summary>
    public static string? FailureReason(FaxSnapshot fax)
    {
        ArgumentNullException.ThrowIfNull(fax);
        return fax.Status switch
        {
            FaxStatuses.Busy => "user_busy",
            FaxStatuses.NoAnswer => "receiver_no_answer",
            FaxStatuses.Failed => fax.Error?.Cause switch
            {
                FaxFailureCause.MediaNotFetched => "file_download_failed",
                FaxFailureCause.MediaNotPdf => "file_format_invalid",
                FaxFailureCause.CallDropped => "receiver_call_dropped",
                FaxFailureCause.NumberNotInService => "receiver_unallocated_number",
                _ => "service_unavailable",
            },
            _ => null,
        };
    }
}
