using System.Security.Cryptography;
using System.Text;

namespace FaxGateway.Simulator.Api.Dialects;

/// <summary>Checks an Authorization header in constant time, so the simulator does not teach a timing attack to anyone who copies it.</summary>
internal static class Credentials
{
    private const string BasicScheme = "Basic ";
    private const string BearerScheme = "Bearer ";

    /// <summary>HTTP Basic with exactly <paramref name="user"/> and <paramref name="password"/>.</summary>
    public static bool IsBasic(HttpRequest request, string user, string password)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(BasicScheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromBase64String(header[BasicScheme.Length..].Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes($"{user}:{password}"));
    }

    /// <summary>A Bearer token equal to <paramref name="token"/>.</summary>
    public static bool IsBearer(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerScheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[BearerScheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }

    /// <summary>The path segment after <paramref name="prefix"/> (the account or project id), or empty.</summary>
    public static string SegmentAfter(PathString path, string prefix)
    {
        var value = path.Value ?? string.Empty;
        if (!value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        var rest = value[prefix.Length..];
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        return end < 0 ? rest : rest[..end];
    }
}
