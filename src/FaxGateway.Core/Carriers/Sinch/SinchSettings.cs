using FaxGateway.Core.Faxes;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Carriers.Sinch;

/// <summary>
/// Sinch Fax API v3: a project id (part of every path) and an access key, sent as Basic auth
/// with the key id as user and the key secret as password.
/// https://developers.sinch.com/docs/fax/api-reference/fax/faxes
/// </summary>
public sealed record SinchSettings : CarrierSettings
{
    /// <summary>Sinch's global fax host, which routes each request to a region.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://fax.api.sinch.com/");

    public override string CarrierName => "Sinch";

    public override string CredentialVariables => "SINCH_PROJECT_ID, SINCH_KEY_ID and SINCH_KEY_SECRET";

    /// <summary>The project id (<c>SINCH_PROJECT_ID</c>), the <c>projects/{id}</c> path segment. Not a secret.</summary>
    public required string ProjectId { get; init; }

    /// <summary>The access key's id, the Basic-auth user (<c>SINCH_KEY_ID_PARAMETER</c> or <c>SINCH_KEY_ID</c>).</summary>
    public required SecretReference KeyId { get; init; }

    /// <summary>The access key's secret, the Basic-auth password (<c>SINCH_KEY_SECRET_PARAMETER</c> or <c>SINCH_KEY_SECRET</c>). Never logged.</summary>
    public required SecretReference KeySecret { get; init; }

    /// <summary>
    /// The API's base URL (<c>SINCH_BASE_URL</c>).
    /// <value>The default value is https://fax.api.sinch.com/.</value>
    /// </summary>
    public override Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Reads <c>SINCH_*</c> through <paramref name="reader"/>, which collects any problems.</summary>
    public static SinchSettings Load(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new SinchSettings
        {
            PhoneNumber = RequiredPhoneNumber(reader, "SINCH_PHONE_NUMBER"),
            ProjectId = reader.RequiredString("SINCH_PROJECT_ID"),
            KeyId = SecretReference.Load(reader, "SINCH_KEY_ID"),
            KeySecret = SecretReference.Load(reader, "SINCH_KEY_SECRET"),
            BaseUrl = reader.OptionalUrl("SINCH_BASE_URL", DefaultBaseUrl),
        };
    }

    /// <summary>Says where the key comes from, never what it is.</summary>
    public override string ToString() =>
        $"SinchSettings {{ ProjectId = {ProjectId}, KeyId = {KeyId}, KeySecret = {KeySecret}, PhoneNumber = {PhoneNumbers.Mask(PhoneNumber)}, BaseUrl = {BaseUrl} }}";
}
