using System.Globalization;

namespace FaxGateway.Core.Carriers.Sinch;

/// <summary>
/// Sinch Fax v3's statuses and error types, mapped onto the common model (providers.md §4 and
/// §7). Sources: the Fax API 3.0 OpenAPI and https://developers.sinch.com/docs/fax/api-reference/fax/error-messages;
/// the ids are Phaxio's (https://www.phaxio.com/docs/errorMessages).
/// </summary>
public static class SinchFaxStatuses
{
    /// <summary>Accepted, waiting or converting the document.</summary>
    public const string Queued = "QUEUED";

    /// <summary>Dialling or sending pages.</summary>
    public const string InProgress = "IN_PROGRESS";

    /// <summary>Every recipient got the fax.</summary>
    public const string Completed = "COMPLETED";

    /// <summary>No recipient got it; <c>errorType</c> and <c>errorCode</c> say why.</summary>
    public const string Failure = "FAILURE";

    /// <summary>Call errors no retry can fix: 32 incompatible destination, 34 number not operational, 49 destination number not active.</summary>
    public static readonly IReadOnlySet<int> PermanentCallErrors = new HashSet<int> { 32, 34, 49 };

    /// <summary>
    /// Fax errors no retry can fix: 46 insufficient funds (an operator's problem), 75 canceled by
    /// user, 113 file deleted, 117 no pages, 133 number not permitted.
    /// </summary>
    public static readonly IReadOnlySet<int> PermanentFaxErrors = new HashSet<int> { 46, 75, 113, 117, 133 };

    /// <summary>Document conversion error 54, "could not access URL": our media host may have had a blip, so it is retried.</summary>
    public const int ContentUrlUnreachable = 54;

    /// <summary>
    /// Maps a status and, for a failure, its error type and code. Conversion errors are
    /// permanent (bad media) except an unreachable URL; the listed call and fax errors are
    /// permanent; busy, no answer, other line and T.30 trouble, FATAL_ERROR and GENERAL_ERROR
    /// are retried.
    /// </summary>
    public static CarrierFaxState Map(string? status, string? errorType, int? errorCode) => status switch
    {
        Queued or InProgress => CarrierFaxState.Pending,
        Completed => CarrierFaxState.Delivered,
        Failure when IsPermanent(errorType, errorCode) => CarrierFaxState.FailedPermanent,
        _ => CarrierFaxState.FailedRetryable,
    };

    /// <summary>Whether <paramref name="status"/> is one of the four Sinch documents (its SDK types the set as open).</summary>
    public static bool IsKnown(string? status) => status is Queued or InProgress or Completed or Failure;

    /// <summary>The text a callback quotes: <c>FAILURE: CALL_ERROR 17 Busy</c>, or the status alone.</summary>
    public static string Describe(string status, string? errorType, int? errorCode, string? errorMessage)
    {
        var parts = new[] { errorType, errorCode?.ToString(CultureInfo.InvariantCulture), errorMessage }
            .Where(part => !string.IsNullOrWhiteSpace(part));
        var reason = string.Join(' ', parts);
        return reason.Length == 0 ? status : $"{status}: {reason}";
    }

    private static bool IsPermanent(string? errorType, int? errorCode) => (errorType, errorCode) switch
    {
        ("DOCUMENT_CONVERSION_ERROR", ContentUrlUnreachable) => false,
        ("DOCUMENT_CONVERSION_ERROR", _) => true,
        ("CALL_ERROR", { } code) => PermanentCallErrors.Contains(code),
        ("FAX_ERROR", { } code) => PermanentFaxErrors.Contains(code),
        _ => false,
    };
}
