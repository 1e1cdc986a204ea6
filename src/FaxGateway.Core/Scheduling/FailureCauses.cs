using FaxGateway.Core.Carriers;

namespace FaxGateway.Core.Scheduling;

/// <summary>
/// Tells why an attempt failed from the carrier's final answer. Every adapter keeps the
/// carrier's own words in <see cref="CarrierFax.Status"/> (Twilio's <c>busy</c>, Telnyx's
/// <c>failed: user_busy</c>, Sinch's <c>FAILURE: CALL_ERROR 17 Busy</c>), so one table of those
/// words serves every carrier; each adapter's status class says where its words come from.
/// What the table does not know is a line error: retried, but not as eagerly as a busy line.
/// </summary>
public static class FailureCauses
{
    // Busy: Twilio/SignalWire "busy" and 34002 "Callee Busy", Telnyx user_busy, Sinch CALL_ERROR 17.
    private static readonly string[] BusyWords = ["busy", "34002", "call_error 17"];

    // Nobody answered: Twilio "no-answer" and 34003, Telnyx receiver_no_answer and receiver_no_response,
    // Sinch CALL_ERROR 16 ring timeout, 30 no answer from a fax machine, FAX_ERROR 48 no answer.
    // Sinch's codes are matched too, for a failure that comes without its message.
    private static readonly string[] NoAnswerWords =
    [
        "no-answer", "no_answer", "no answer", "did not answer", "34003", "no_response", "ring timeout",
        "call_error 16", "call_error 30", "fax_error 48",
    ];

    // The carrier's own trouble: Telnyx service_unavailable and its channel limits, a carrier that
    // could not fetch our document (Telnyx file_download_failed, Twilio 11200, Sinch conversion error 54),
    // Sinch FATAL_ERROR and GENERAL_ERROR, our document host failing the gateway's own check ("media
    // unavailable"), and the gateway's own "carrier unavailable" for a refused send.
    private static readonly string[] CarrierWords =
    [
        "service_unavailable", "channel_limit_exceeded", "file_download_failed", "11200", "document_conversion_error",
        "fatal_error", "general_error", "media unavailable", FailureStatuses.CarrierUnavailable,
    ];

    /// <summary>The cause of a failed attempt; <see cref="FailureCause.Permanent"/> whenever the carrier's state says no retry can help.</summary>
    public static FailureCause Of(CarrierFax final)
    {
        ArgumentNullException.ThrowIfNull(final);
        if (final.State == CarrierFaxState.FailedPermanent)
        {
            return FailureCause.Permanent;
        }

        // The carrier's words go first: "media unavailable (no answer in time)" is our document
        // host not answering, not the fax machine.
        var status = final.Status.ToLowerInvariant();
        if (CarrierWords.Any(status.Contains))
        {
            return FailureCause.CarrierUnavailable;
        }

        if (NoAnswerWords.Any(status.Contains))
        {
            return FailureCause.NoAnswer;
        }

        return BusyWords.Any(status.Contains) ? FailureCause.Busy : FailureCause.LineError;
    }
}
