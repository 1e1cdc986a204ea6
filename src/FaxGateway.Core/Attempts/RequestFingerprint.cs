using System.Security.Cryptography;
using System.Text;
using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Attempts;

/// <summary>
/// What makes two messages the same fax request: destination, document and callback URL, as a
/// SHA-256 digest (so the record holds no URL). A redelivered or redriven message matches its
/// attempt's record; a new fax that reuses an old fax id does not, and is refused rather than
/// taken for a repeat and silently dropped.
/// </summary>
public static class RequestFingerprint
{
    public static string Of(Fax fax)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var identity = $"{fax.To}\n{fax.PdfUrl}\n{fax.CallbackUrl}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }
}
