using FaxGateway.Cli.Benchmark;
using FaxGateway.Cli.Worker;
using FaxGateway.Core.Carriers.Telnyx;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.Configuration;

namespace FaxGateway.Cli.Tests.Benchmark;

public sealed class BenchPoliciesTests
{
    private static readonly StackEndpoints Stack = new(
        new Uri("http://127.0.0.1:4566/"),
        new Uri("http://127.0.0.1:4567/"),
        new Dictionary<string, Uri>
        {
            ["QUEUE_URL_FAX"] = new("http://127.0.0.1:4566/000000000000/fax-gateway-bench-fax.fifo"),
            ["QUEUE_URL_RETRY"] = new("http://127.0.0.1:4566/000000000000/fax-gateway-bench-retry"),
            ["QUEUE_URL_WEBHOOK"] = new("http://127.0.0.1:4566/000000000000/fax-gateway-bench-webhook"),
            ["QUEUE_URL_FAX_DLQ"] = new("http://127.0.0.1:4566/000000000000/fax-gateway-bench-fax-dlq.fifo"),
            ["QUEUE_URL_WEBHOOK_DLQ"] = new("http://127.0.0.1:4566/000000000000/fax-gateway-bench-webhook-dlq"),
        },
        "fax-gateway-bench-attempts",
        new Uri("http://127.0.0.1:8085/"));

    [Fact]
    public void Environment_Original_TheOriginalsConstantBackoffAndFixedPolling_Scaled()
    {
        var environment = BenchPolicies.Environment(BenchPolicies.Original, 60);

        Assert.Equal("constant", environment["RETRY_POLICY"]);
        Assert.Equal("fixed", environment["FAX_POLL_MODE"]);
        Assert.Equal(("10", "0.25", "14", "180", "4320", "1"), (environment["BACKOFF_DELAY"], environment["FAX_POLL_INTERVAL"], environment["FAX_ATTEMPT_TIMEOUT"],
            environment["FAX_ATTEMPT_MAX_DURATION"], environment["FAX_DEADLINE"], environment["FAX_PAGE_SECONDS"]));
        Assert.DoesNotContain(environment.Keys, name => name.StartsWith("RETRY_BUSY", StringComparison.Ordinal));
    }

    [Fact]
    public void Environment_Default_NoPolicyChosenAndEveryRetryWaitScaled()
    {
        var environment = BenchPolicies.Environment(BenchPolicies.Default, 60);

        Assert.False(environment.ContainsKey("RETRY_POLICY"));
        Assert.False(environment.ContainsKey("FAX_POLL_MODE"));
        var defaults = new RetryPolicy();
        Assert.Equal(Seconds(defaults.Busy.FirstDelay / 60), environment["RETRY_BUSY_DELAY"]);
        Assert.Equal(Seconds(defaults.Busy.MaxDelay / 60), environment["RETRY_BUSY_MAX_DELAY"]);
        Assert.Equal(Seconds(defaults.NoAnswer.FirstDelay / 60), environment["RETRY_NO_ANSWER_DELAY"]);
        Assert.Equal(Seconds(defaults.NoAnswer.MaxDelay / 60), environment["RETRY_NO_ANSWER_MAX_DELAY"]);
        Assert.Equal(Seconds(defaults.LineError.MaxDelay / 60), environment["RETRY_LINE_ERROR_MAX_DELAY"]);
        Assert.Equal(Seconds(defaults.CarrierUnavailable.MaxDelay / 60), environment["RETRY_CARRIER_UNAVAILABLE_MAX_DELAY"]);
        Assert.False(environment.ContainsKey("RETRY_BUSY_MAX_ATTEMPTS"));
    }

    [Fact]
    public void Scaled_Fractions_InvariantCulture()
    {
        Assert.Equal("0.025", BenchPolicies.Scaled(15, 600));
        Assert.Equal("85.714286", BenchPolicies.Scaled(600, 7));
    }

    [Theory]
    [InlineData("original")]
    [InlineData("default")]
    public void GatewayEnvironment_ReadByTheGatewaysOwnSettings_NoProblemAndEveryWaitScaled(string policy)
    {
        var environment = GatewayEnvironment.For(Stack, "telnyx", policy, speed: 60, faxConcurrency: 100);
        var reader = new SettingsReader(new ConfigurationBuilder().AddInMemoryCollection(environment!).Build());

        var settings = FaxGatewaySettings.Read(reader);
        var worker = WorkerSettings.Read(reader);

        Assert.Empty(reader.Problems);
        Assert.IsType<TelnyxSettings>(settings.Carrier);
        Assert.Equal(TimeSpan.FromSeconds(0.25), settings.PollInterval);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.Polling.ExpectedPageTime);
        Assert.Equal(TimeSpan.FromSeconds(4320), settings.FaxDeadline);
        Assert.Equal(TimeSpan.FromSeconds(14), settings.AttemptTimeout);
        Assert.True(settings.AllowInsecureUrls);
        Assert.Equal((100, TimeSpan.FromSeconds(1)), (worker.FaxConcurrency, worker.WaitTime));
        if (policy == "original")
        {
            Assert.Equal(RetryPolicyKind.Constant, settings.Retries.Kind);
            Assert.Equal(PollMode.Fixed, settings.Polling.Mode);
            Assert.Equal(TimeSpan.FromSeconds(10), settings.Retries.Busy.FirstDelay);
        }
        else
        {
            var defaults = new RetryPolicy();
            Assert.Equal(RetryPolicyKind.ByCause, settings.Retries.Kind);
            Assert.Equal(PollMode.Adaptive, settings.Polling.Mode);
            Assert.Equal(defaults.Busy.FirstDelay / 60, settings.Retries.Busy.FirstDelay);
            Assert.Equal(defaults.NoAnswer.MaxDelay / 60, settings.Retries.NoAnswer.MaxDelay);
            Assert.Equal(defaults.NoAnswer.MaxAttempts, settings.Retries.NoAnswer.MaxAttempts);
            Assert.Equal(defaults.Jitter, settings.Retries.Jitter);
        }
    }

    [Theory]
    [InlineData("twilio")]
    [InlineData("signalwire")]
    [InlineData("telnyx")]
    [InlineData("sinch")]
    public void GatewayEnvironment_EveryCarrier_ReadWithoutProblems(string carrier)
    {
        var environment = GatewayEnvironment.For(Stack, carrier, BenchPolicies.Default, speed: 60, faxConcurrency: 10);
        var reader = new SettingsReader(new ConfigurationBuilder().AddInMemoryCollection(environment!).Build());

        FaxGatewaySettings.Read(reader);

        Assert.Empty(reader.Problems);
        Assert.Equal(carrier, environment["FAX_CARRIER"]);
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
