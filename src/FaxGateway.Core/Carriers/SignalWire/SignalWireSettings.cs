using FaxGateway.Core.Faxes;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Carriers.SignalWire;

/// <summary>
/// SignalWire's compatibility fax API: a per-customer Space URL, the project id (the Basic-auth
/// user, and part of every path) and an API token (the password).
/// https://developer.signalwire.com/compatibility-api/client-sdks/methods/faxes/send
/// </summary>
public sealed record SignalWireSettings : CarrierSettings
{
    public override string CarrierName => "SignalWire";

    public override string CredentialVariables => "SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN";

    /// <summary>The project id (<c>SIGNALWIRE_PROJECT_ID</c>): the Basic-auth user and the <c>Accounts/{id}</c> path segment. Not a secret.</summary>
    public required string ProjectId { get; init; }

    /// <summary>The API token, the Basic-auth password (<c>SIGNALWIRE_API_TOKEN_PARAMETER</c> or <c>SIGNALWIRE_API_TOKEN</c>). Never logged.</summary>
    public required SecretReference ApiToken { get; init; }

    /// <summary>The Space URL (<c>SIGNALWIRE_SPACE_URL</c>, such as https://example.signalwire.com/); each customer has their own, so there is no default.</summary>
    public override required Uri BaseUrl { get; init; }

    /// <summary>Reads <c>SIGNALWIRE_*</c> through <paramref name="reader"/>, which collects any problems.</summary>
    public static SignalWireSettings Load(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new SignalWireSettings
        {
            PhoneNumber = RequiredPhoneNumber(reader, "SIGNALWIRE_PHONE_NUMBER"),
            ProjectId = reader.RequiredString("SIGNALWIRE_PROJECT_ID"),
            ApiToken = SecretReference.Load(reader, "SIGNALWIRE_API_TOKEN"),
            BaseUrl = reader.RequiredUrl("SIGNALWIRE_SPACE_URL"),
        };
    }

    /// <summary>Says where the token comes from, never what it is.</summary>
    public override string ToString() =>
        $"SignalWireSettings {{ ProjectId = {ProjectId}, ApiToken = {ApiToken}, PhoneNumber = {PhoneNumbers.Mask(PhoneNumber)}, BaseUrl = {BaseUrl} }}";
}
