using FaxGateway.Core.Faxes;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Carriers.Telnyx;

/// <summary>
/// Telnyx Programmable Fax (API v2): a Bearer API key and the Fax Application that faxes are
/// sent with (its id is the <c>connection_id</c>).
/// https://developers.telnyx.com/docs/programmable-fax/send-a-fax-api
/// </summary>
public sealed record TelnyxSettings : CarrierSettings
{
    /// <summary>Telnyx's API host; paths start with <c>v2/</c>.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.telnyx.com/");

    public override string CarrierName => "Telnyx";

    public override string CredentialVariables => "TELNYX_API_KEY";

    /// <summary>The API v2 key, sent as <c>Authorization: Bearer</c> (<c>TELNYX_API_KEY_PARAMETER</c> or <c>TELNYX_API_KEY</c>). Never logged.</summary>
    public required SecretReference ApiKey { get; init; }

    /// <summary>The Fax Application's id (<c>TELNYX_CONNECTION_ID</c>), required on every send.</summary>
    public required string ConnectionId { get; init; }

    /// <summary>
    /// The API's base URL (<c>TELNYX_BASE_URL</c>).
    /// <value>The default value is https://api.telnyx.com/.</value>
    /// </summary>
    public override Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Reads <c>TELNYX_*</c> through <paramref name="reader"/>, which collects any problems.</summary>
    public static TelnyxSettings Load(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new TelnyxSettings
        {
            PhoneNumber = RequiredPhoneNumber(reader, "TELNYX_PHONE_NUMBER"),
            ApiKey = SecretReference.Load(reader, "TELNYX_API_KEY"),
            ConnectionId = reader.RequiredString("TELNYX_CONNECTION_ID"),
            BaseUrl = reader.OptionalUrl("TELNYX_BASE_URL", DefaultBaseUrl),
        };
    }

    /// <summary>Says where the key comes from, never what it is.</summary>
    public override string ToString() =>
        $"TelnyxSettings {{ ApiKey = {ApiKey}, ConnectionId = {ConnectionId}, PhoneNumber = {PhoneNumbers.Mask(PhoneNumber)}, BaseUrl = {BaseUrl} }}";
}
