using FaxGateway.Simulator.Api.Dialects;
using FaxGateway.Simulator.Api.SignalWire;
using FaxGateway.Simulator.Api.Sinch;
using FaxGateway.Simulator.Api.Telnyx;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Simulator.Api;

/// <summary>
/// The route table: each carrier API under its own paths (Twilio <c>/v1/Faxes</c>, SignalWire
/// <c>/api/laml/2010-04-01/Accounts/…</c>, Telnyx <c>/v2/faxes</c>, Sinch <c>/v3/projects/…</c>),
/// all over the same lines, and the simulator's own routes under <c>/_sim</c>. Every API request
/// is recorded, then authenticated the API's way, then may meet a switched-on fault.
/// </summary>
internal static class SimulatorEndpoints
{
    public static WebApplication UseFaxSimulator(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<ApiAuthenticationMiddleware>();
        app.UseMiddleware<FaultInjectionMiddleware>();

        var faxes = app.MapGroup("/" + FaxUrls.FaxesPath);
        faxes.MapPost(string.Empty, FaxEndpoints.CreateAsync);
        faxes.MapGet(string.Empty, FaxEndpoints.List);
        faxes.MapGet("{sid}", FaxEndpoints.Fetch);
        faxes.MapPost("{sid}", CancelFaxEndpoint.HandleAsync);
        faxes.MapGet("{sid}/Media/{mediaSid}", FaxMediaEndpoint.Handle);
        SignalWireEndpoints.Map(app);
        TelnyxEndpoints.Map(app);
        SinchEndpoints.Map(app);

        app.MapGet(RequestRecordingMiddleware.ControlPathPrefix + "/health", ControlEndpoints.Health);
        app.MapGet(RequestRecordingMiddleware.ControlPathPrefix + "/calls", ControlEndpoints.Calls);
        app.MapFallback(FaxEndpoints.NotFound);
        return app;
    }
}
