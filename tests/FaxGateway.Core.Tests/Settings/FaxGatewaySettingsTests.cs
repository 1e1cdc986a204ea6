using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Settings;

public sealed class FaxGatewaySettingsTests
{
    [Fact]
    public void Load_EveryVariableSet_BindsEachOne()
    {
        var expected = Builders.Settings(maxFaxAttempts: 7) with
        {
            BackoffDelay = TimeSpan.FromSeconds(30),
            PollInterval = TimeSpan.FromSeconds(0.25),
        };

        var settings = FaxGatewaySettings.Load(Builders.Configuration(Builders.Environment(expected)));

        Assert.Equal(expected with { Twilio = settings.Twilio }, settings);
        Assert.Equal(expected.Twilio, settings.Twilio);
    }

    [Fact]
    public void Load_OnlyRequiredVariables_UsesTheOriginalsDefaults()
    {
        var variables = Builders.Environment();
        foreach (var optional in new[] { "MAX_FAX_ATTEMPTS", "BACKOFF_DELAY", "FAX_POLL_INTERVAL", "FAX_ATTEMPT_TIMEOUT", "WEBHOOK_TIMEOUT", "TWILIO_FAX_BASE_URL" })
        {
            variables.Remove(optional);
        }

        var settings = FaxGatewaySettings.Load(Builders.Configuration(variables));

        Assert.Equal(20, settings.MaxFaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(600), settings.BackoffDelay);
        Assert.Equal(TimeSpan.FromSeconds(15), settings.PollInterval);
        Assert.Equal(TimeSpan.FromSeconds(840), settings.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), settings.WebhookTimeout);
        Assert.Equal(new Uri("https://fax.twilio.com/"), settings.Twilio.BaseUrl);
    }

    [Fact]
    public void Load_NothingSet_NamesEveryRequiredVariableInOneError()
    {
        var error = Assert.Throws<SettingsException>(() => FaxGatewaySettings.Load(Builders.Configuration(new Dictionary<string, string?>())));

        Assert.Equal(
            [
                "QUEUE_URL_FAX is required but not set",
                "QUEUE_URL_RETRY is required but not set",
                "QUEUE_URL_WEBHOOK is required but not set",
                "QUEUE_URL_FAX_DLQ is required but not set",
                "QUEUE_URL_WEBHOOK_DLQ is required but not set",
                "TWILIO_PHONE_NUMBER is required but not set",
                "TWILIO_SID_PARAMETER (an SSM parameter name) or TWILIO_SID is required but neither is set",
                "TWILIO_AUTH_TOKEN_PARAMETER (an SSM parameter name) or TWILIO_AUTH_TOKEN is required but neither is set",
            ],
            error.Problems);
        Assert.StartsWith("FaxGateway configuration is invalid: QUEUE_URL_FAX is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MAX_FAX_ATTEMPTS", "0", "MAX_FAX_ATTEMPTS must be a whole number from 1 to 1000 (got '0')")]
    [InlineData("MAX_FAX_ATTEMPTS", "twenty", "MAX_FAX_ATTEMPTS must be a whole number from 1 to 1000 (got 'twenty')")]
    [InlineData("BACKOFF_DELAY", "901", "BACKOFF_DELAY must be a number of seconds from 0 to 900 (got '901')")]
    [InlineData("BACKOFF_DELAY", "-1", "BACKOFF_DELAY must be a number of seconds from 0 to 900 (got '-1')")]
    [InlineData("FAX_POLL_INTERVAL", "NaN", "FAX_POLL_INTERVAL must be a number of seconds from 0.01 to 300 (got 'NaN')")]
    [InlineData("QUEUE_URL_FAX", "fax-queue", "QUEUE_URL_FAX must be an absolute http or https URL")]
    [InlineData("TWILIO_PHONE_NUMBER", "617-555-0000", "TWILIO_PHONE_NUMBER must be an E.164 number such as +16175551234")]
    public void Load_MalformedVariable_NamesIt(string name, string value, string problem)
    {
        var variables = Builders.Environment();
        variables[name] = value;

        var error = Assert.Throws<SettingsException>(() => FaxGatewaySettings.Load(Builders.Configuration(variables)));

        Assert.Equal([problem], error.Problems);
    }

    [Fact]
    public void ToString_NeverShowsTheAuthTokenOrFullSendingNumber()
    {
        var text = Builders.Settings().ToString();

        Assert.DoesNotContain("twilio-test-token", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+16175550000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SecretsByParameterName_ReadsNamesNotValues()
    {
        var variables = Builders.Environment();
        variables.Remove("TWILIO_SID");
        variables.Remove("TWILIO_AUTH_TOKEN");
        variables["TWILIO_SID_PARAMETER"] = "/fax-gateway/prod/twilio-sid";
        variables["TWILIO_AUTH_TOKEN_PARAMETER"] = "/fax-gateway/prod/twilio-auth-token";

        var settings = FaxGatewaySettings.Load(Builders.Configuration(variables));

        Assert.Equal(SecretReference.Parameter("/fax-gateway/prod/twilio-sid"), settings.Twilio.AccountSid);
        Assert.Equal(SecretReference.Parameter("/fax-gateway/prod/twilio-auth-token"), settings.Twilio.AuthToken);
    }

    [Fact]
    public void Load_SecretGivenBothWays_IsRefused()
    {
        var variables = Builders.Environment();
        variables["TWILIO_AUTH_TOKEN_PARAMETER"] = "/fax-gateway/prod/twilio-auth-token";

        var error = Assert.Throws<SettingsException>(() => FaxGatewaySettings.Load(Builders.Configuration(variables)));

        Assert.Equal(["set only one of TWILIO_AUTH_TOKEN_PARAMETER and TWILIO_AUTH_TOKEN"], error.Problems);
    }
}
