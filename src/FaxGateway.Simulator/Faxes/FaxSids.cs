using System.Security.Cryptography;

namespace FaxGateway.Simulator.Faxes;

/// <summary>
/// Fax identifiers in each API's shape: Twilio's two-letter prefix and 32 lowercase hex digits
/// (<c>^FX[0-9a-fA-F]{32}$</c>), SignalWire's and Telnyx's UUIDs, Sinch's 26-character ULIDs.
/// </summary>
internal static class FaxSids
{
    private const int HexDigits = 32;

    /// <summary>ULIDs are 26 characters of Crockford's base 32 (https://github.com/ulid/spec).</summary>
    private const int UlidLength = 26;

    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string NewUuid() => Guid.NewGuid().ToString("D");

    public static string NewUlid() => RandomNumberGenerator.GetString(Crockford, UlidLength);

    /// <summary>A new fax id in the shape <paramref name="api"/> uses.</summary>
    public static string NewFor(CarrierApi api) => api switch
    {
        CarrierApi.SignalWire or CarrierApi.Telnyx => NewUuid(),
        CarrierApi.Sinch => NewUlid(),
        _ => NewFaxSid(),
    };

    public static string NewFaxSid() => "FX" + RandomNumberGenerator.GetHexString(HexDigits, lowercase: true);

    public static string NewMediaSid() => "ME" + RandomNumberGenerator.GetHexString(HexDigits, lowercase: true);
}
