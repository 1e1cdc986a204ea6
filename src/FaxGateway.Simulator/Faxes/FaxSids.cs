using System.Security.Cryptography;

namespace FaxGateway.Simulator.Faxes;

/// <summary>Twilio-shaped identifiers: a two-letter prefix and 32 lowercase hex digits (<c>^FX[0-9a-fA-F]{32}$</c>).</summary>
internal static class FaxSids
{
    private const int HexDigits = 32;

    public static string NewFaxSid() => "FX" + RandomNumberGenerator.GetHexString(HexDigits, lowercase: true);

    public static string NewMediaSid() => "ME" + RandomNumberGenerator.GetHexString(HexDigits, lowercase: true);
}
