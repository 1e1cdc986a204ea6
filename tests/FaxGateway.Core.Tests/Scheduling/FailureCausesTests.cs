using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Sinch;
using FaxGateway.Core.Carriers.Telnyx;
using FaxGateway.Core.Carriers.Twilio;
using FaxGateway.Core.Scheduling;

namespace FaxGateway.Core.Tests.Scheduling;

public sealed class FailureCausesTests
{
    [Theory]
    // Twilio and SignalWire: the status, and for a failed fax "failed: <error_code> <error_message>".
    [InlineData("busy", FailureCause.Busy)]
    [InlineData("no-answer", FailureCause.NoAnswer)]
    [InlineData("failed: 34002 Callee Busy", FailureCause.Busy)]
    [InlineData("failed: 34003 Callee did not answer", FailureCause.NoAnswer)]
    [InlineData("failed: 34004 transmission failed after 2 of 3 pages", FailureCause.LineError)]
    [InlineData("failed: 11200 media could not be fetched (HTTP 404)", FailureCause.CarrierUnavailable)]
    [InlineData("failed: 11200 HTTP retrieval failure", FailureCause.CarrierUnavailable)]
    [InlineData("failed", FailureCause.LineError)]
    // Telnyx: "failed: <failure_reason>".
    [InlineData("failed: user_busy", FailureCause.Busy)]
    [InlineData("failed: receiver_no_answer", FailureCause.NoAnswer)]
    [InlineData("failed: receiver_no_response", FailureCause.NoAnswer)]
    [InlineData("failed: receiver_call_dropped", FailureCause.LineError)]
    [InlineData("failed: service_unavailable", FailureCause.CarrierUnavailable)]
    [InlineData("failed: channel_limit_exceeded", FailureCause.CarrierUnavailable)]
    [InlineData("failed: file_download_failed", FailureCause.CarrierUnavailable)]
    // Sinch: "FAILURE: <errorType> <errorCode> <errorMessage>".
    [InlineData("FAILURE: CALL_ERROR 17 Busy", FailureCause.Busy)]
    [InlineData("FAILURE: CALL_ERROR 16 Ring timeout", FailureCause.NoAnswer)]
    [InlineData("FAILURE: CALL_ERROR 11 Call dropped", FailureCause.LineError)]
    [InlineData("FAILURE: FATAL_ERROR", FailureCause.CarrierUnavailable)]
    [InlineData("FAILURE: FATAL_ERROR 1 Fatal error", FailureCause.CarrierUnavailable)]
    [InlineData("FAILURE: GENERAL_ERROR General error", FailureCause.CarrierUnavailable)]
    [InlineData("FAILURE: DOCUMENT_CONVERSION_ERROR 54 Could not access URL", FailureCause.CarrierUnavailable)]
    [InlineData("FAILURE", FailureCause.LineError)]
    // The gateway's own statuses.
    [InlineData("timeout", FailureCause.LineError)]
    [InlineData("carrier unavailable (HTTP 503)", FailureCause.CarrierUnavailable)]
    [InlineData("carrier unavailable (HTTP 429)", FailureCause.CarrierUnavailable)]
    [InlineData("media unavailable (HTTP 500)", FailureCause.CarrierUnavailable)]
    [InlineData("media unavailable (HTTP 429)", FailureCause.CarrierUnavailable)]
    [InlineData("media unavailable (ConnectionError)", FailureCause.CarrierUnavailable)]
    // Sinch failures that come without a message are read by their codes.
    [InlineData("FAILURE: CALL_ERROR 17", FailureCause.Busy)]
    [InlineData("FAILURE: CALL_ERROR 16", FailureCause.NoAnswer)]
    [InlineData("FAILURE: CALL_ERROR 30", FailureCause.NoAnswer)]
    [InlineData("FAILURE: FAX_ERROR 48", FailureCause.NoAnswer)]
    [InlineData("FAILURE: CALL_ERROR 11", FailureCause.LineError)]

    // Anything else is a line error.
    [InlineData("", FailureCause.LineError)]
    [InlineData("something the carrier started saying last week", FailureCause.LineError)]
    public void Of_RetryableStatus_IsItsCause(string status, FailureCause cause)
    {
        Assert.Equal(cause, FailureCauses.Of(new CarrierFax("FX1", CarrierFaxState.FailedRetryable, status)));
    }

    // "media unavailable (no answer in time)" is the document host not answering the gateway's
    // check, not a fax machine: the carrier-unavailable rule, not the no-answer one.
    [Fact]
    public void Of_MediaHostTimedOut_IsCarrierUnavailableNotNoAnswer()
    {
        var final = new CarrierFax("", CarrierFaxState.FailedRetryable, "media unavailable (no answer in time)");

        Assert.Equal(FailureCause.CarrierUnavailable, FailureCauses.Of(final));
    }

    [Theory]
    [InlineData("busy")]
    [InlineData("no-answer")]
    [InlineData("failed: user_busy")]
    [InlineData("FAILURE: CALL_ERROR 16 Ring timeout")]
    [InlineData("carrier unavailable (HTTP 503)")]
    [InlineData("canceled")]
    [InlineData("failed: 21211 Invalid 'To' Phone Number")]
    [InlineData("failed: receiver_unallocated_number")]
    [InlineData("FAILURE: CALL_ERROR 34 Number not operational")]
    [InlineData("media unavailable or expired (HTTP 403)")]
    [InlineData("")]
    public void Of_PermanentState_IsPermanentWhateverTheText(string status)
    {
        Assert.Equal(FailureCause.Permanent, FailureCauses.Of(new CarrierFax("FX1", CarrierFaxState.FailedPermanent, status)));
    }

    [Theory]
    [InlineData("BUSY", FailureCause.Busy)]
    [InlineData("No-Answer", FailureCause.NoAnswer)]
    [InlineData("failed: SERVICE_UNAVAILABLE", FailureCause.CarrierUnavailable)]
    [InlineData("failure: call_error 16 ring timeout", FailureCause.NoAnswer)]
    public void Of_IgnoresCase(string status, FailureCause cause)
    {
        Assert.Equal(cause, FailureCauses.Of(new CarrierFax("FX1", CarrierFaxState.FailedRetryable, status)));
    }

    [Theory]
    [InlineData("busy", null, null, FailureCause.Busy)]
    [InlineData("no-answer", null, null, FailureCause.NoAnswer)]
    [InlineData("failed", 34004, "transmission failed after 2 of 3 pages", FailureCause.LineError)]
    [InlineData("failed", 11200, "media could not be fetched (HTTP 404)", FailureCause.CarrierUnavailable)]
    [InlineData("failed", 21211, "Invalid 'To' Phone Number", FailureCause.Permanent)]
    [InlineData("canceled", null, null, FailureCause.Permanent)]
    public void Of_TwilioAdaptersOwnWords_AreClassified(string status, int? errorCode, string? errorMessage, FailureCause cause)
    {
        var final = new CarrierFax("FX1", TwilioFaxStatuses.Map(status, errorCode), TwilioFaxStatuses.Describe(status, errorCode, errorMessage));

        Assert.Equal(cause, FailureCauses.Of(final));
    }

    [Theory]
    [InlineData("failed", "user_busy", FailureCause.Busy)]
    [InlineData("failed", "receiver_no_answer", FailureCause.NoAnswer)]
    [InlineData("failed", "receiver_call_dropped", FailureCause.LineError)]
    [InlineData("failed", "service_unavailable", FailureCause.CarrierUnavailable)]
    [InlineData("failed", "file_download_failed", FailureCause.CarrierUnavailable)]
    [InlineData("failed", "receiver_unallocated_number", FailureCause.Permanent)]
    public void Of_TelnyxAdaptersOwnWords_AreClassified(string status, string reason, FailureCause cause)
    {
        var final = new CarrierFax("FX1", TelnyxFaxStatuses.Map(status, reason), TelnyxFaxStatuses.Describe(status, reason));

        Assert.Equal(cause, FailureCauses.Of(final));
    }

    [Theory]
    [InlineData("CALL_ERROR", 17, "Busy", FailureCause.Busy)]
    [InlineData("CALL_ERROR", 16, "Ring timeout", FailureCause.NoAnswer)]
    [InlineData("CALL_ERROR", 11, "Call dropped", FailureCause.LineError)]
    [InlineData("FATAL_ERROR", null, null, FailureCause.CarrierUnavailable)]
    [InlineData("GENERAL_ERROR", null, "General error", FailureCause.CarrierUnavailable)]
    [InlineData("DOCUMENT_CONVERSION_ERROR", 54, "Could not access URL", FailureCause.CarrierUnavailable)]
    [InlineData("CALL_ERROR", 34, "Number not operational", FailureCause.Permanent)]
    public void Of_SinchAdaptersOwnWords_AreClassified(string errorType, int? errorCode, string? errorMessage, FailureCause cause)
    {
        var final = new CarrierFax(
            "FX1",
            SinchFaxStatuses.Map(SinchFaxStatuses.Failure, errorType, errorCode),
            SinchFaxStatuses.Describe(SinchFaxStatuses.Failure, errorType, errorCode, errorMessage));

        Assert.Equal(cause, FailureCauses.Of(final));
    }

    [Fact]
    public void Of_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FailureCauses.Of(null!));
    }
}
