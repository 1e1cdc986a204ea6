using System.Text.Json;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Metrics;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Metrics;

public sealed class EmbeddedMetricFormatTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 14, 0, 0, TimeSpan.Zero);
    private readonly StringWriter _output = new();

    [Fact]
    public void FaxAttemptFinished_Sent_WritesOneEmfLineWithCountDurationAndPages()
    {
        CreateSut().FaxAttemptFinished(FaxStatus.Sent, TimeSpan.FromSeconds(93.25), 2);

        Assert.Equal(
            """{"_aws":{"Timestamp":1793714400000,"CloudWatchMetrics":[{"Namespace":"FaxGateway","Dimensions":[["Stage"]],"Metrics":[{"Name":"FaxesSent","Unit":"Count"},{"Name":"AttemptDuration","Unit":"Seconds"},{"Name":"Pages","Unit":"Count"}]}]},"Stage":"prod","FaxesSent":1,"AttemptDuration":93.25,"Pages":2}""" + Environment.NewLine,
            _output.ToString());
    }

    [Theory]
    [InlineData(FaxStatus.TemporaryFailure, "FaxTemporaryFailures")]
    [InlineData(FaxStatus.PermanentFailure, "FaxPermanentFailures")]
    public void FaxAttemptFinished_Failure_CountsUnderItsOwnName(FaxStatus status, string metric)
    {
        CreateSut().FaxAttemptFinished(status, TimeSpan.FromSeconds(5), pages: null);

        using var line = JsonDocument.Parse(_output.ToString());
        Assert.Equal(1, line.RootElement.GetProperty(metric).GetInt32());
        Assert.False(line.RootElement.TryGetProperty("Pages", out _));
    }

    [Theory]
    [InlineData(true, "CallbacksDelivered")]
    [InlineData(false, "CallbackFailures")]
    public void CallbackFinished_CountsDeliveredAndFailed(bool delivered, string metric)
    {
        CreateSut().CallbackFinished(delivered);

        using var line = JsonDocument.Parse(_output.ToString());
        var declared = line.RootElement.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics")[0].GetProperty("Name").GetString();
        Assert.Equal(metric, declared);
        Assert.Equal(1, line.RootElement.GetProperty(metric).GetInt32());
    }

    public void Dispose() => _output.Dispose();

    private EmbeddedMetricFormat CreateSut() => new(_output, "prod", new TestClock(Now));
}
