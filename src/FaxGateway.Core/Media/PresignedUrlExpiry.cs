using System.Globalization;
using System.Web;

namespace FaxGateway.Core.Media;

/// <summary>
/// Reads when a presigned URL stops working from its own query parameters: AWS Signature V4
/// (<c>X-Amz-Date</c> + <c>X-Amz-Expires</c>), AWS Signature V2 (<c>Expires</c>, UNIX seconds),
/// Google Cloud Storage V4 (<c>X-Goog-Date</c> + <c>X-Goog-Expires</c>) and Azure SAS (<c>se</c>).
/// </summary>
public static class PresignedUrlExpiry
{
    private const string CompactTimestamp = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>The moment the URL expires, or null when it does not say.</summary>
    public static DateTimeOffset? Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = HttpUtility.ParseQueryString(url.Query);
        return Signed(query["X-Amz-Date"], query["X-Amz-Expires"])
            ?? Signed(query["X-Goog-Date"], query["X-Goog-Expires"])
            ?? UnixSeconds(query["Expires"])
            ?? Iso(query["se"]);
    }

    private static DateTimeOffset? Signed(string? signedAt, string? seconds) =>
        DateTimeOffset.TryParseExact(signedAt, CompactTimestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
        && long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var valid)
            ? at.AddSeconds(Math.Min(valid, TimeSpan.FromDays(3650).TotalSeconds))
            : null;

    private static DateTimeOffset? UnixSeconds(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 253_402_300_800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static DateTimeOffset? Iso(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
