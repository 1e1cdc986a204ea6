using System.Security.Cryptography;
using System.Text;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// Signs callbacks as the Standard Webhooks specification says (https://www.standardwebhooks.com):
/// the signed text is <c>{webhook-id}.{webhook-timestamp}.{body}</c>, the signature is
/// <c>v1,</c> and the base64 HMAC-SHA256 of it under the secret, and several signatures (one per
/// secret, while a secret is being rotated) are separated by spaces.
/// </summary>
public sealed class WebhookSignature
{
    /// <summary>The prefix of a secret in the specification's text form.</summary>
    public const string SecretPrefix = "whsec_";

    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    private readonly IReadOnlyList<byte[]> _keys;

    private WebhookSignature(IReadOnlyList<byte[]> keys) => _keys = keys;

    /// <summary>
    /// Reads one or two secrets separated by white space (<c>whsec_</c> and base64, or base64
    /// alone). Two sign every callback twice, so receivers can move to the new secret at their own pace.
    /// </summary>
    public static WebhookSignature Parse(string secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var parts = secrets.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2)
        {
            throw new FormatException("The webhook secret must hold one or two secrets separated by a space");
        }

        return new WebhookSignature([.. parts.Select(Key)]);
    }

    /// <summary>The value of the <c>webhook-signature</c> header for this event and body.</summary>
    public string Sign(string eventId, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{eventId}.{timestamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return string.Join(' ', _keys.Select(key => "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed))));
    }

    private static byte[] Key(string secret)
    {
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        try
        {
            var key = Convert.FromBase64String(encoded);
            return key.Length >= 16 ? key : throw new FormatException("A webhook secret must hold at least 16 bytes");
        }
        catch (FormatException exception) when (exception.Message.Contains("base-64", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("A webhook secret must be base64, optionally after 'whsec_'", exception);
        }
    }
}
