using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Telnyx;

namespace FaxGateway.Core.Tests.Carriers.Telnyx;

public sealed class TelnyxFaxStatusesTests
{
    [Theory]
    [InlineData("queued", null, CarrierFaxState.Pending)]
    [InlineData("media.processed", null, CarrierFaxState.Pending)]
    [InlineData("originated", null, CarrierFaxState.Pending)]
    [InlineData("sending", null, CarrierFaxState.Pending)]
    [InlineData("delivered", null, CarrierFaxState.Delivered)]
    [InlineData("failed", "user_busy", CarrierFaxState.FailedRetryable)]
    [InlineData("failed", "receiver_no_answer", CarrierFaxState.FailedRetryable)]
    [InlineData("failed", "fax_signaling_error", CarrierFaxState.FailedRetryable)]
    [InlineData("failed", "file_download_failed", CarrierFaxState.FailedRetryable)]
    [InlineData("failed", "fax_initial_communication_timeout", CarrierFaxState.FailedRetryable)]
    [InlineData("failed", null, CarrierFaxState.FailedRetryable)]
    [InlineData("failed", "receiver_unallocated_number", CarrierFaxState.FailedPermanent)]
    [InlineData("failed", "receiver_invalid_number_format", CarrierFaxState.FailedPermanent)]
    [InlineData("failed", "file_format_invalid", CarrierFaxState.FailedPermanent)]
    [InlineData("failed", "account_disabled", CarrierFaxState.FailedPermanent)]
    [InlineData("received", null, CarrierFaxState.FailedRetryable)]
    [InlineData("something-new", null, CarrierFaxState.FailedRetryable)]
    public void Map_PutsEachStatusAndReasonInItsBucket(string status, string? reason, CarrierFaxState state)
    {
        Assert.Equal(state, TelnyxFaxStatuses.Map(status, reason));
    }

    [Theory]
    [InlineData("failed", "user_busy", "failed: user_busy")]
    [InlineData("failed", null, "failed")]
    [InlineData("delivered", null, "delivered")]
    public void Describe_KeepsTheCarriersOwnWords(string status, string? reason, string text)
    {
        Assert.Equal(text, TelnyxFaxStatuses.Describe(status, reason));
    }
}
