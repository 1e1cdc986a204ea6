using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Sinch;

namespace FaxGateway.Core.Tests.Carriers.Sinch;

public sealed class SinchFaxStatusesTests
{
    [Theory]
    [InlineData("QUEUED", null, null, CarrierFaxState.Pending)]
    [InlineData("IN_PROGRESS", null, null, CarrierFaxState.Pending)]
    [InlineData("COMPLETED", null, null, CarrierFaxState.Delivered)]
    [InlineData("FAILURE", "CALL_ERROR", 17, CarrierFaxState.FailedRetryable)]
    [InlineData("FAILURE", "CALL_ERROR", 16, CarrierFaxState.FailedRetryable)]
    [InlineData("FAILURE", "CALL_ERROR", 34, CarrierFaxState.FailedPermanent)]
    [InlineData("FAILURE", "CALL_ERROR", 49, CarrierFaxState.FailedPermanent)]
    [InlineData("FAILURE", "FAX_ERROR", 48, CarrierFaxState.FailedRetryable)]
    [InlineData("FAILURE", "FAX_ERROR", 75, CarrierFaxState.FailedPermanent)]
    [InlineData("FAILURE", "DOCUMENT_CONVERSION_ERROR", 54, CarrierFaxState.FailedRetryable)]
    [InlineData("FAILURE", "DOCUMENT_CONVERSION_ERROR", 128, CarrierFaxState.FailedPermanent)]
    [InlineData("FAILURE", "FATAL_ERROR", null, CarrierFaxState.FailedRetryable)]
    [InlineData("FAILURE", null, null, CarrierFaxState.FailedRetryable)]
    [InlineData("ON_HOLD", null, null, CarrierFaxState.FailedRetryable)]
    public void Map_PutsEachStatusAndErrorInItsBucket(string status, string? errorType, int? errorCode, CarrierFaxState state)
    {
        Assert.Equal(state, SinchFaxStatuses.Map(status, errorType, errorCode));
    }

    [Theory]
    [InlineData("FAILURE", "CALL_ERROR", 17, "Busy", "FAILURE: CALL_ERROR 17 Busy")]
    [InlineData("FAILURE", null, null, null, "FAILURE")]
    [InlineData("COMPLETED", null, null, null, "COMPLETED")]
    public void Describe_KeepsTheCarriersOwnWords(string status, string? errorType, int? errorCode, string? message, string text)
    {
        Assert.Equal(text, SinchFaxStatuses.Describe(status, errorType, errorCode, message));
    }
}
