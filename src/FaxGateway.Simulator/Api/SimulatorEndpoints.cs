using FaxGateway.Simulator.Recording;

namespace FaxGateway.Simulator.Api;

/// <summary>The route table: Twilio's fax API under <c>/v1/Faxes</c>, the simulator's own routes under <c>/_sim</c>.</summary>
internal static class SimulatorEndpoints
{
    public static WebApplication UseFaxSimulator(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<BasicAuthenticationMiddleware>();

        var faxes = app.MapGroup("/" + FaxUrls.FaxesPath);
        faxes.MapPost(string.Empty, FaxEndpoints.CreateAsync);
        faxes.MapGet(string.Empty, FaxEndpoints.List);
        faxes.MapGet("{sid}", FaxEndpoints.Fetch);
        faxes.MapPost("{sid}", CancelFaxEndpoint.HandleAsync);
        faxes.MapGet("{sid}/Media/{mediaSid}", FaxMediaEndpoint.Handle);

        app.MapGet(RequestRecordingMiddleware.ControlPathPrefix + "/health", ControlEndpoints.Health);
        app.MapGet(RequestRecordingMiddleware.ControlPathPrefix + "/calls", ControlEndpoints.Calls);
        app.MapFallback(FaxEndpoints.NotFound);
        return app;
    }
}
