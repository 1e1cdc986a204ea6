using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Logging;

/// <summary>
/// Every event the core logs, with a stable id and name: this list is what alerts are written
/// against. Numbers are always masked (<see cref="Faxes.PhoneNumbers.Mask"/>); URLs, tokens and
/// secrets never appear.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Sending fax {FaxId} to {Destination} (attempt {Attempt} of {MaxAttempts})", EventName = "FaxSending")]
    public static partial void FaxSending(ILogger logger, string faxId, string destination, int attempt, int maxAttempts);

    [LoggerMessage(1001, LogLevel.Information, "Carrier accepted fax {FaxId} as {CarrierFaxId} with status {CarrierStatus}", EventName = "FaxAccepted")]
    public static partial void FaxAccepted(ILogger logger, string faxId, string carrierFaxId, string carrierStatus);

    [LoggerMessage(1002, LogLevel.Debug, "Fax {FaxId} is still {CarrierStatus}", EventName = "FaxPending")]
    public static partial void FaxPending(ILogger logger, string faxId, string carrierStatus);

    [LoggerMessage(1003, LogLevel.Warning, "Reading the status of fax {FaxId} ({CarrierFaxId}) failed; polling goes on", EventName = "FaxStatusReadFailed")]
    public static partial void FaxStatusReadFailed(ILogger logger, Exception exception, string faxId, string carrierFaxId);

    [LoggerMessage(1004, LogLevel.Information, "Fax {FaxId} attempt {Attempt} ended with carrier status {CarrierStatus} ({CarrierState})", EventName = "FaxFinalStatus")]
    public static partial void FaxFinalStatus(ILogger logger, string faxId, int attempt, string carrierStatus, string carrierState);

    [LoggerMessage(1005, LogLevel.Warning, "Fax {FaxId} attempt {Attempt} reached its {AttemptMaxDuration} limit while still {CarrierStatus}; asked the carrier to cancel it", EventName = "FaxAttemptTimedOut")]
    public static partial void FaxAttemptTimedOut(ILogger logger, string faxId, int attempt, TimeSpan attemptMaxDuration, string carrierStatus);

    [LoggerMessage(1006, LogLevel.Warning, "Cancelling fax {FaxId} ({CarrierFaxId}) at the carrier failed", EventName = "FaxCancelFailed")]
    public static partial void FaxCancelFailed(ILogger logger, Exception exception, string faxId, string carrierFaxId);

    [LoggerMessage(1007, LogLevel.Information, "Fax {FaxId}'s PDF is usable ({Pages} pages)", EventName = "MediaChecked")]
    public static partial void MediaChecked(ILogger logger, string faxId, int? pages);

    [LoggerMessage(1008, LogLevel.Warning, "Fax {FaxId} attempt {Attempt} not sent: {MediaStatus}", EventName = "MediaRefused")]
    public static partial void MediaRefused(ILogger logger, string faxId, int attempt, string mediaStatus);

    [LoggerMessage(1014, LogLevel.Information, "Fax {FaxId} attempt {Attempt} resumes watching {CarrierFaxId} (after {Handoffs} hand-offs); it is not sent again", EventName = "FaxResumed")]
    public static partial void FaxResumed(ILogger logger, string faxId, int attempt, string carrierFaxId, int handoffs);

    [LoggerMessage(1015, LogLevel.Information, "Fax {FaxId} attempt {Attempt} is still {CarrierStatus} at this run's limit; hand-off {Handoffs} to the next run", EventName = "FaxHandedOff")]
    public static partial void FaxHandedOff(ILogger logger, string faxId, int attempt, string carrierStatus, int handoffs);

    [LoggerMessage(1016, LogLevel.Information, "Fax {FaxId} attempt {Attempt} was already reported ({Status}); nothing to do", EventName = "FaxAlreadyReported")]
    public static partial void FaxAlreadyReported(ILogger logger, string faxId, int attempt, string status);

    [LoggerMessage(1017, LogLevel.Warning, "A run died while sending fax {FaxId} attempt {Attempt}; the carrier has it as {CarrierFaxId}, so it is watched, not sent again", EventName = "FaxSendFound")]
    public static partial void FaxSendFound(ILogger logger, string faxId, int attempt, string carrierFaxId);

    [LoggerMessage(1018, LogLevel.Warning, "A run died while sending fax {FaxId} attempt {Attempt}; the carrier does not have it, so it is sent now", EventName = "FaxSendNotFound")]
    public static partial void FaxSendNotFound(ILogger logger, string faxId, int attempt);

    [LoggerMessage(1019, LogLevel.Error, "A run died while sending fax {FaxId} attempt {Attempt} and this carrier cannot say whether it got the fax; failing it rather than risk sending it twice", EventName = "FaxSendInDoubt")]
    public static partial void FaxSendInDoubt(ILogger logger, string faxId, int attempt);

    [LoggerMessage(1023, LogLevel.Warning, "Fax-queue message {MessageId} (fax {FaxId}) was not in its destination's message group; moved to the group of {Destination}", EventName = "FaxRegrouped")]
    public static partial void FaxRegrouped(ILogger logger, string messageId, string faxId, string destination);

    [LoggerMessage(1022, LogLevel.Error, "Fax-queue message {MessageId} (fax {FaxId} attempt {Attempt}) failed {FailedRuns} times; moved to the fax dead-letter queue", EventName = "FaxMessageFailedTooOften")]
    public static partial void FaxMessageFailedTooOften(ILogger logger, string messageId, string faxId, int attempt, int failedRuns);

    [LoggerMessage(1010, LogLevel.Information, "Fax {FaxId} delivered on attempt {Attempt}", EventName = "FaxDelivered")]
    public static partial void FaxDelivered(ILogger logger, string faxId, int attempt);

    [LoggerMessage(1011, LogLevel.Information, "Fax {FaxId} failed (attempt {Attempt} of {MaxAttempts}, status {CarrierStatus}); retrying in {Delay}", EventName = "FaxRetryScheduled")]
    public static partial void FaxRetryScheduled(ILogger logger, string faxId, int attempt, int maxAttempts, string carrierStatus, TimeSpan delay);

    [LoggerMessage(1012, LogLevel.Warning, "Fax {FaxId} failed for good after {Attempt} attempts (status {CarrierStatus})", EventName = "FaxPermanentlyFailed")]
    public static partial void FaxPermanentlyFailed(ILogger logger, string faxId, int attempt, string carrierStatus);

    [LoggerMessage(1020, LogLevel.Warning, "Rejected fax-queue message {MessageId}: {Reason}; the caller gets a perm_fail callback", EventName = "FaxRequestRejected")]
    public static partial void FaxRequestRejected(ILogger logger, string messageId, string reason);

    [LoggerMessage(1021, LogLevel.Error, "Rejected fax-queue message {MessageId}: {Reason}; no usable fax id and callback URL, so it was moved to the fax dead-letter queue", EventName = "FaxRequestDeadLettered")]
    public static partial void FaxRequestDeadLettered(ILogger logger, string messageId, string reason);

    [LoggerMessage(1030, LogLevel.Information, "Fax {FaxId} is due again; queued attempt {Attempt}", EventName = "RetryForwarded")]
    public static partial void RetryForwarded(ILogger logger, string faxId, int attempt);

    [LoggerMessage(1031, LogLevel.Information, "Fax {FaxId} attempt {Attempt} is not due yet; delayed again by {Left}", EventName = "RetryDelayedAgain")]
    public static partial void RetryDelayedAgain(ILogger logger, string faxId, int attempt, TimeSpan left);

    [LoggerMessage(1032, LogLevel.Information, "Fax {FaxId} attempt {Attempt} waits until {Until:o} ({Reason})", EventName = "FaxDeferred")]
    public static partial void FaxDeferred(ILogger logger, string faxId, int attempt, DateTimeOffset until, string reason);

    [LoggerMessage(1033, LogLevel.Warning, "Fax {FaxId} ends without attempt {Attempt}: {Reason}", EventName = "FaxEndedUnattempted")]
    public static partial void FaxEndedUnattempted(ILogger logger, string faxId, int attempt, string reason);

    [LoggerMessage(1034, LogLevel.Warning, "The carrier refused fax {FaxId} attempt {Attempt} for now: {Reason}", EventName = "FaxSendRefused")]
    public static partial void FaxSendRefused(ILogger logger, string faxId, int attempt, string reason);

    [LoggerMessage(1040, LogLevel.Information, "Callback {Status} for fax {FaxId} delivered (HTTP {HttpStatus})", EventName = "WebhookDelivered")]
    public static partial void WebhookDelivered(ILogger logger, string status, string faxId, int httpStatus);

    [LoggerMessage(1041, LogLevel.Warning, "Callback {Status} for fax {FaxId} failed: {Detail}; next try in {Delay}", EventName = "WebhookFailed")]
    public static partial void WebhookFailed(ILogger logger, string status, string faxId, string detail, TimeSpan delay);

    [LoggerMessage(1042, LogLevel.Warning, "Callback {Status} for fax {FaxId} answered 410 Gone: not retried", EventName = "WebhookGone")]
    public static partial void WebhookGone(ILogger logger, string status, string faxId);

    [LoggerMessage(1043, LogLevel.Error, "Callback {Status} for fax {FaxId} refused: {Reason}; moved to the webhook dead-letter queue", EventName = "WebhookRefused")]
    public static partial void WebhookRefused(ILogger logger, string status, string faxId, string reason);

    [LoggerMessage(1100, LogLevel.Warning, "{Carrier} reported status {CarrierStatus} for {CarrierFaxId}, which the gateway does not know; treating it as a failed attempt worth retrying", EventName = "CarrierStatusUnknown")]
    public static partial void CarrierStatusUnknown(ILogger logger, string carrier, string carrierStatus, string carrierFaxId);

    [LoggerMessage(1101, LogLevel.Warning, "A fax API call got {Outcome}; retry {Retry} of {MaxRetries} in {Delay}", EventName = "CarrierCallRetrying")]
    public static partial void CarrierCallRetrying(ILogger logger, string outcome, int retry, int maxRetries, TimeSpan delay);

    [LoggerMessage(1102, LogLevel.Information, "{Carrier} has no call to cancel a fax; {CarrierFaxId} runs on and its status is read again", EventName = "CarrierCancelUnsupported")]
    public static partial void CarrierCancelUnsupported(ILogger logger, string carrier, string carrierFaxId);
}
