using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api.Sinch;

/// <summary>
/// The model's statuses in Sinch's words: QUEUED, IN_PROGRESS, COMPLETED, FAILURE with an
/// <c>errorType</c> and <c>errorCode</c> (ids from https://www.phaxio.com/docs/errorMessages, which
/// Sinch v3 inherited). An injected unknown status passes through unchanged.
/// </summary>
internal static class SinchStatuses
{
    public const string Queued = "QUEUED";
    public const string InProgress = "IN_PROGRESS";
    public const string Completed = "COMPLETED";
    public const string Failure = "FAILURE";

    private const string CallError = "CALL_ERROR";
    private const string DocumentConversionError = "DOCUMENT_CONVERSION_ERROR";
    private const string FaxError = "FAX_ERROR";
    private const string GeneralError = "GENERAL_ERROR";

    public static string Of(string status) => status switch
    {
        FaxStatuses.Queued or FaxStatuses.Processing => Queued,
        FaxStatuses.Sending => InProgress,
        FaxStatuses.Delivered => Completed,
        FaxStatuses.Busy or FaxStatuses.NoAnswer or FaxStatuses.Failed or FaxStatuses.Canceled => Failure,
        var other => other,
    };

    /// <summary>A failed fax's error type, id and message.</summary>
    public static SinchError? ErrorOf(FaxSnapshot fax)
    {
        ArgumentNullException.ThrowIfNull(fax);
        return fax.Status switch
        {
            FaxStatuses.Busy => new(CallError, 17, "Busy"),
            FaxStatuses.NoAnswer => new(CallError, 16, "Ring timeout"),
            FaxStatuses.Canceled => new(FaxError, 75, "Canceled by user"),
            FaxStatuses.Failed => fax.Error?.Cause switch
            {
                FaxFailureCause.MediaNotFetched => new(DocumentConversionError, 54, "Could not access URL"),
                FaxFailureCause.MediaNotPdf => new(DocumentConversionError, 128, "Unsupported file type"),
                FaxFailureCause.CallDropped => new(CallError, 11, "Call dropped"),
                FaxFailureCause.NumberNotInService => new(CallError, 34, "Number not operational"),
                _ => new(GeneralError, null, "General error"),
            },
            _ => null,
        };
    }

    /// <summary>Why a fax failed, Sinch's way.</summary>
    public sealed record SinchError(string Type, int? Code, string Message);
}
