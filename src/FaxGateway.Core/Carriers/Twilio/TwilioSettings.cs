using FaxGateway.Core.Faxes;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Carriers.Twilio;

/// <summary>
/// The Twilio-compatible carrier's settings, under the original's variable names.
/// </summary>
public sealed record TwilioSettings
{
    /// <summary>Where Twilio served its fax API.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://fax.twilio.com/");

    /// <summary>Account SID, the Basic-auth user (<c>TWILIO_SID_PARAMETER</c> or <c>TWILIO_SID</c>).</summary>
    public required SecretReference AccountSid { get; init; }

    /// <summary>Auth token, the Basic-auth password (<c>TWILIO_AUTH_TOKEN_PARAMETER</c> or <c>TWILIO_AUTH_TOKEN</c>). Never logged.</summary>
    public required SecretReference AuthToken { get; init; }

    /// <summary>The fax-capable number faxes are sent from, E.164 (<c>TWILIO_PHONE_NUMBER</c>).</summary>
    public required string PhoneNumber { get; init; }

    /// <summary>
    /// The API's base URL (<c>TWILIO_FAX_BASE_URL</c>), overridden to point at the simulator
    /// or at another carrier serving the same API shape.
    /// <value>The default value is https://fax.twilio.com/.</value>
    /// </summary>
    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Reads these settings through <paramref name="reader"/>, which collects any problems.</summary>
    public static TwilioSettings Load(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var phoneNumber = reader.RequiredString("TWILIO_PHONE_NUMBER");
        if (phoneNumber.Length > 0 && !PhoneNumbers.IsE164(phoneNumber))
        {
            reader.AddProblem("TWILIO_PHONE_NUMBER must be an E.164 number such as +16175551234");
        }

        return new TwilioSettings
        {
            AccountSid = SecretReference.Load(reader, "TWILIO_SID"),
            AuthToken = SecretReference.Load(reader, "TWILIO_AUTH_TOKEN"),
            PhoneNumber = phoneNumber,
            BaseUrl = reader.OptionalUrl("TWILIO_FAX_BASE_URL", DefaultBaseUrl),
        };
    }

    /// <summary>Says where the credentials come from, never what they are.</summary>
    public override string ToString() =>
        $"TwilioSettings {{ AccountSid = {AccountSid}, AuthToken = {AuthToken}, PhoneNumber = {PhoneNumbers.Mask(PhoneNumber)}, BaseUrl = {BaseUrl} }}";
}
