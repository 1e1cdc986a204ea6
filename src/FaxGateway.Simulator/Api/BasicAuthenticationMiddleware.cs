using System.Security.Cryptography;
using System.Text;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Logging;

namespace FaxGateway.Simulator.Api;

/// <summary>
/// Twilio's HTTP Basic scheme on <c>/v1</c>: account SID as user, auth token as password.
/// Anything else gets Twilio's 401 body, which names neither.
/// </summary>
internal sealed class BasicAuthenticationMiddleware(
    RequestDelegate next, FaxSimulatorOptions options, ILogger<BasicAuthenticationMiddleware> logger)
{
    private const string ApiPathPrefix = "/v1";
    private const string Scheme = "Basic ";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes($"{options.AccountSid}:{options.AuthToken}");

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(ApiPathPrefix, StringComparison.OrdinalIgnoreCase) || IsAuthorized(context.Request))
        {
            await next(context);
            return;
        }

        Log.AuthenticationFailed(logger, context.Request.Method, context.Request.Path.Value ?? string.Empty);
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
        await TwilioErrors.Unauthorized().ToResult().ExecuteAsync(context);
    }

    private bool IsAuthorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromBase64String(header[Scheme.Length..].Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        // Constant-time, so the simulator does not teach a timing attack to anyone who copies it.
        return CryptographicOperations.FixedTimeEquals(given, _expected);
    }
}
