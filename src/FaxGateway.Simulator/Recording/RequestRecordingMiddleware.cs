using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Recording;

/// <summary>Writes every fax API request, with the status it got, to the <see cref="SimulatorRecord"/>.</summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, SimulatorRecord record, SimulatorClock clock)
{
    /// <summary>The simulator's own routes, which are not part of the carrier's API.</summary>
    public const string ControlPathPrefix = "/_sim";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(ControlPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var arrivedAt = clock.Now;
        try
        {
            await next(context);
        }
        finally
        {
            // Path only: a query string could carry anything, and it is not part of the Twilio API.
            record.AddRequest(new ApiRequestRecord(
                context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Response.StatusCode, arrivedAt));
        }
    }
}
