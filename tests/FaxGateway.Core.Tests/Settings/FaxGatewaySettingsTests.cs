using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Sinch;
using FaxGateway.Core.Carriers.SignalWire;
using FaxGateway.Core.Carriers.Telnyx;
using FaxGateway.Core.Carriers.Twilio;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;
using FaxGateway.Simulator.Hosting;
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

        Assert.Equal(expected with { Carrier = settings.Carrier }, settings);
        Assert.Equal(expected.Carrier, settings.Carrier);
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
        Assert.Equal(new Uri("https://fax.twilio.com/"), settings.Carrier.BaseUrl);
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
                "TABLE_NAME_ATTEMPTS is required but not set",
                "TWILIO_PHONE_NUMBER is required but not set",
                "TWILIO_SID_PARAMETER (an SSM parameter name) or TWILIO_SID is required but neither is set",
                "TWILIO_AUTH_TOKEN_PARAMETER (an SSM parameter name) or TWILIO_AUTH_TOKEN is required but neither is set",
            ],
            error.Problems);
        Assert.StartsWith("FaxGateway configuration is invalid: QUEUE_URL_FAX is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MAX_FAX_ATTEMPTS", "0", "MAX_FAX_ATTEMPTS must be a whole number from 1 to 1000 (got '0')")]
    [InlineData("TABLE_NAME_ATTEMPTS", "attempts table", "TABLE_NAME_ATTEMPTS must be a DynamoDB table name: 3 to 255 letters, digits, '_', '-' or '.' (got 'attempts table')")]
    [InlineData("FAX_MAX_FAILED_RECEIVES", "0", "FAX_MAX_FAILED_RECEIVES must be a whole number from 1 to 100 (got '0')")]
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

        var twilio = Assert.IsType<TwilioSettings>(settings.Carrier);
        Assert.Equal(SecretReference.Parameter("/fax-gateway/prod/twilio-sid"), twilio.AccountSid);
        Assert.Equal(SecretReference.Parameter("/fax-gateway/prod/twilio-auth-token"), twilio.AuthToken);
    }

    [Fact]
    public void Load_SecretGivenBothWays_IsRefused()
    {
        var variables = Builders.Environment();
        variables["TWILIO_AUTH_TOKEN_PARAMETER"] = "/fax-gateway/prod/twilio-auth-token";

        var error = Assert.Throws<SettingsException>(() => FaxGatewaySettings.Load(Builders.Configuration(variables)));

        Assert.Equal(["set only one of TWILIO_AUTH_TOKEN_PARAMETER and TWILIO_AUTH_TOKEN"], error.Problems);
    }

    [Fact]
    public void Load_CarrierTelnyx_ReadsOnlyTelnyxSettings()
    {
        var variables = QueuesOnly();
        variables["FAX_CARRIER"] = "telnyx";
        variables["TELNYX_API_KEY_PARAMETER"] = "/fax-gateway/prod/telnyx-api-key";
        variables["TELNYX_CONNECTION_ID"] = "1684641123236054244";
        variables["TELNYX_PHONE_NUMBER"] = "+16175550000";

        var settings = FaxGatewaySettings.Load(Builders.Configuration(variables));

        var telnyx = Assert.IsType<TelnyxSettings>(settings.Carrier);
        Assert.Equal(SecretReference.Parameter("/fax-gateway/prod/telnyx-api-key"), telnyx.ApiKey);
        Assert.Equal(("1684641123236054244", "+16175550000", new Uri("https://api.telnyx.com/")), (telnyx.ConnectionId, telnyx.PhoneNumber, telnyx.BaseUrl));
    }

    [Theory]
    [InlineData("signalwire", new[]
    {
        "SIGNALWIRE_PHONE_NUMBER is required but not set",
        "SIGNALWIRE_PROJECT_ID is required but not set",
        "SIGNALWIRE_API_TOKEN_PARAMETER (an SSM parameter name) or SIGNALWIRE_API_TOKEN is required but neither is set",
        "SIGNALWIRE_SPACE_URL is required but not set",
    })]
    [InlineData("telnyx", new[]
    {
        "TELNYX_PHONE_NUMBER is required but not set",
        "TELNYX_API_KEY_PARAMETER (an SSM parameter name) or TELNYX_API_KEY is required but neither is set",
        "TELNYX_CONNECTION_ID is required but not set",
    })]
    [InlineData("SINCH", new[]
    {
        "SINCH_PHONE_NUMBER is required but not set",
        "SINCH_PROJECT_ID is required but not set",
        "SINCH_KEY_ID_PARAMETER (an SSM parameter name) or SINCH_KEY_ID is required but neither is set",
        "SINCH_KEY_SECRET_PARAMETER (an SSM parameter name) or SINCH_KEY_SECRET is required but neither is set",
    })]
    public void Load_SelectedCarrierMissingItsSettings_NamesEachOfThemAndNoOtherCarriers(string carrier, string[] problems)
    {
        var variables = QueuesOnly();
        variables["FAX_CARRIER"] = carrier;

        var error = Assert.Throws<SettingsException>(() => FaxGatewaySettings.Load(Builders.Configuration(variables)));

        Assert.Equal(problems, error.Problems);
    }

    [Fact]
    public void Load_CarrierSimulator_NeedsNoCredentials()
    {
        var variables = QueuesOnly();
        variables["FAX_CARRIER"] = "simulator";

        var settings = FaxGatewaySettings.Load(Builders.Configuration(variables));

        var simulator = Assert.IsType<TwilioSettings>(settings.Carrier);
        Assert.Equal(new Uri("http://127.0.0.1:8085/"), simulator.BaseUrl);
        Assert.Equal(SecretReference.Literal(FaxSimulatorOptions.DefaultAccountSid), simulator.AccountSid);
        Assert.Equal(SecretReference.Literal(FaxSimulatorOptions.DefaultAuthToken), simulator.AuthToken);
    }

    [Fact]
    public void Load_UnknownCarrier_NamesTheChoices()
    {
        var variables = Builders.Environment();
        variables["FAX_CARRIER"] = "documo";

        var error = Assert.Throws<SettingsException>(() => FaxGatewaySettings.Load(Builders.Configuration(variables)));

        Assert.Equal(["FAX_CARRIER must be one of twilio, signalwire, telnyx, sinch, simulator (got 'documo')"], error.Problems);
    }

    [Fact]
    public void ToString_OfEachCarrier_NeverShowsASecretValue()
    {
        CarrierSettings[] carriers =
        [
            new SignalWireSettings { ProjectId = "p", ApiToken = SecretReference.Literal("sw-secret"), PhoneNumber = "+16175550000", BaseUrl = new Uri("https://x.signalwire.com/") },
            new TelnyxSettings { ApiKey = SecretReference.Literal("tx-secret"), ConnectionId = "c", PhoneNumber = "+16175550000" },
            new SinchSettings { ProjectId = "p", KeyId = SecretReference.Literal("k"), KeySecret = SecretReference.Literal("sn-secret"), PhoneNumber = "+16175550000" },
        ];

        Assert.All(carriers, carrier => Assert.DoesNotContain("secret", carrier.ToString(), StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> QueuesOnly()
    {
        var variables = Builders.Environment();
        foreach (var twilio in variables.Keys.Where(name => name.StartsWith("TWILIO_", StringComparison.Ordinal)).ToList())
        {
            variables.Remove(twilio);
        }

        return variables;
    }
}
