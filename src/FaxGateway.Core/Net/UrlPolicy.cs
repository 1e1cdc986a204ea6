namespace FaxGateway.Core.Net;

/// <summary>
/// The checks on a URL's text before anything is resolved: only https (http too when
/// insecure URLs are allowed), a host, and no credentials. Addresses are checked when the
/// connection is made (<see cref="GuardedConnection"/>), against what the host resolved to.
/// </summary>
public static class UrlPolicy
{
    /// <summary>Why <paramref name="url"/> may not be followed, or null when it may.</summary>
    public static string? Refusal(string? url, bool allowInsecure)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return "is not an absolute URL";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !(allowInsecure && uri.Scheme == Uri.UriSchemeHttp))
        {
            return allowInsecure ? "must be an http or https URL" : "must be an https URL";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "must not contain a user name or password";
        }

        return uri.HostNameType == UriHostNameType.IPv4 || uri.HostNameType == UriHostNameType.IPv6
            ? AddressRefusal(uri, allowLoopback: allowInsecure)
            : null;
    }

    // An address written into the URL itself can be refused at once, without a lookup.
    private static string? AddressRefusal(Uri uri, bool allowLoopback) =>
        System.Net.IPAddress.TryParse(uri.IdnHost, out var address) && AddressPolicy.Refusal(address, allowLoopback) is { } refusal
            ? $"points at {refusal}"
            : null;
}
