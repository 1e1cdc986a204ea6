using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Logging;

namespace FaxGateway.Simulator.Api.Dialects;

/// <summary>Answers an authenticated API request with a switched-on fault (429, 5xx) instead of acting on it.</summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, ApiDialects dialects, SimulatorFaults faults, ILogger<FaultInjectionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (dialects.For(request.Path) is { } dialect
            && faults.Take(dialect.IsCreate(request), HttpMethods.IsGet(request.Method)) is { } fault)
        {
            Log.FaultInjected(logger, request.Method, request.Path.Value ?? string.Empty, fault.StatusCode);
            await dialect.Refuse(fault).ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
