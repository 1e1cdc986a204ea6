using FaxGateway.Simulator.Logging;

namespace FaxGateway.Simulator.Api.Dialects;

/// <summary>Each API's own auth scheme on its own paths; a request without the right credentials gets that API's 401.</summary>
internal sealed class ApiAuthenticationMiddleware(RequestDelegate next, ApiDialects dialects, ILogger<ApiAuthenticationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (dialects.For(context.Request.Path) is not { } dialect || dialect.IsAuthorized(context.Request))
        {
            await next(context);
            return;
        }

        Log.AuthenticationFailed(logger, context.Request.Method, context.Request.Path.Value ?? string.Empty);
        await dialect.Unauthorized().ExecuteAsync(context);
    }
}
