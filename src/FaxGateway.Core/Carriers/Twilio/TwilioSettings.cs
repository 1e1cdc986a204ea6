using FaxGateway.Core.Faxes;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Carriers.Twilio;

/// <summary>
/// The Twilio-shaped carrier's settings, under the original's variable names. The same record
/// serves <c>FAX_CARRIER=simulator</c>, with the simulator's defaults filled in.
/// </summary>
public sealed record TwilioSettings : CarrierSettings
{
    /// <summary>Where Twilio served its fax API.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://fax.twilio.com/");

    /// <summary>Where <c>dotnet run --project src/FaxGateway.Simulator</c> listens by default.</summary>
    public static readonly Uri SimulatorBaseUrl = new("http://127.0.0.1:8085/");

    /// <summary>The simulator's default account SID (FaxSimulatorOptions.DefaultAccountSid); obviously not a real one.</summary>
    public const string SimulatorAccountSid = "AC0123456789abcdef0123456789abcdef";

    /// <summary>The simulator's default auth token (FaxSimulatorOptions.DefaultAuthToken); fine for local runs only.</summary>
    public const string SimulatorAuthToken = "simulator-auth-token";

    /// <summary>The sending number a simulator run uses unless <c>TWILIO_PHONE_NUMBER</c> says otherwise.</summary>
    public const string SimulatorPhoneNumber = "+16175550100";

    private const string OwnCredentialVariables = "TWILIO_SID and TWILIO_AUTH_TOKEN";

    public override string CarrierName => "Twilio-compatible";

    /// <summary>Named in a 401's message; for a simulator run, the simulator's own defaults.</summary>
    public override string CredentialVariables => CredentialSource;

    /// <summary>Account SID, the Basic-auth user (<c>TWILIO_SID_PARAMETER</c> or <c>TWILIO_SID</c>).</summary>
    public required SecretReference AccountSid { get; init; }

    /// <summary>Auth token, the Basic-auth password (<c>TWILIO_AUTH_TOKEN_PARAMETER</c> or <c>TWILIO_AUTH_TOKEN</c>). Never logged.</summary>
    public required SecretReference AuthToken { get; init; }

    /// <summary>
    /// The API's base URL (<c>TWILIO_FAX_BASE_URL</c>), overridden to point at the simulator
    /// or at another carrier serving the same API shape.
    /// <value>The default value is https://fax.twilio.com/.</value>
    /// </summary>
    public override Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Where the credentials are set, for error messages.</summary>
    public string CredentialSource { get; init; } = OwnCredentialVariables;

    /// <summary>Reads <c>TWILIO_*</c> through <paramref name="reader"/>, which collects any problems.</summary>
    public static TwilioSettings Load(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new TwilioSettings
        {
            PhoneNumber = RequiredPhoneNumber(reader, "TWILIO_PHONE_NUMBER"),
            AccountSid = SecretReference.Load(reader, "TWILIO_SID"),
            AuthToken = SecretReference.Load(reader, "TWILIO_AUTH_TOKEN"),
            BaseUrl = reader.OptionalUrl("TWILIO_FAX_BASE_URL", DefaultBaseUrl),
        };
    }

    /// <summary>
    /// <c>FAX_CARRIER=simulator</c>: the Twilio-shaped API of a simulator on this machine with its
    /// default credentials, so nothing secret is needed. <c>TWILIO_FAX_BASE_URL</c> and
    /// <c>TWILIO_PHONE_NUMBER</c> may still move it.
    /// </summary>
    public static TwilioSettings LoadSimulator(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var phoneNumber = reader.OptionalString("TWILIO_PHONE_NUMBER") is null
            ? SimulatorPhoneNumber
            : RequiredPhoneNumber(reader, "TWILIO_PHONE_NUMBER");
        return new TwilioSettings
        {
            PhoneNumber = phoneNumber,
            AccountSid = SecretReference.Literal(SimulatorAccountSid),
            AuthToken = SecretReference.Literal(SimulatorAuthToken),
            BaseUrl = reader.OptionalUrl("TWILIO_FAX_BASE_URL", SimulatorBaseUrl),
            CredentialSource = "the simulator's default credentials",
        };
    }

    /// <summary>Says where the credentials come from, never what they are.</summary>
    public override string ToString() =>
        $"TwilioSettings {{ AccountSid = {AccountSid}, AuthToken = {AuthToken}, PhoneNumber = {PhoneNumbers.Mask(PhoneNumber)}, BaseUrl = {BaseUrl} }}";
}
