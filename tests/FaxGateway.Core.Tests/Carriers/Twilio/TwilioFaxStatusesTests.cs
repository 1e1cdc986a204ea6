using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Twilio;

namespace FaxGateway.Core.Tests.Carriers.Twilio;

public sealed class TwilioFaxStatusesTests
{
    [Theory]
    [InlineData("queued", CarrierFaxState.Pending)]
    [InlineData("processing", CarrierFaxState.Pending)]
    [InlineData("sending", CarrierFaxState.Pending)]
    [InlineData("delivered", CarrierFaxState.Delivered)]
    [InlineData("busy", CarrierFaxState.FailedRetryable)]
    [InlineData("no-answer", CarrierFaxState.FailedRetryable)]
    [InlineData("failed", CarrierFaxState.FailedRetryable)]
    [InlineData("canceled", CarrierFaxState.FailedPermanent)]
    [InlineData("received", CarrierFaxState.FailedRetryable)]
    [InlineData("something-new", CarrierFaxState.FailedRetryable)]
    [InlineData("", CarrierFaxState.FailedRetryable)]
    [InlineData(null, CarrierFaxState.FailedRetryable)]
    public void Map_PutsEachStatusInItsBucket(string? status, CarrierFaxState state)
    {
        Assert.Equal(state, TwilioFaxStatuses.Map(status));
    }

    [Theory]
    [InlineData("failed", 21211, CarrierFaxState.FailedPermanent)]
    [InlineData("failed", 12300, CarrierFaxState.FailedPermanent)]
    [InlineData("failed", 34004, CarrierFaxState.FailedRetryable)]
    [InlineData("failed", 11200, CarrierFaxState.FailedRetryable)]
    [InlineData("busy", 21211, CarrierFaxState.FailedRetryable)]
    public void Map_FailedWithAnErrorCode_PermanentOnlyForCodesNoRetryCanFix(string status, int errorCode, CarrierFaxState state)
    {
        Assert.Equal(state, TwilioFaxStatuses.Map(status, errorCode));
    }
}
