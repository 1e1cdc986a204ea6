using Microsoft.AspNetCore.Http.HttpResults;
using FaxGateway.Simulator.Api.Dialects;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Api.SignalWire;

/// <summary>
/// SignalWire's compatibility fax API: <c>POST …/Accounts/{ProjectId}/Faxes.json</c> (Twilio's
/// form fields, answered 201), <c>GET …/Faxes/{sid}.json</c>, and <c>POST …/Faxes/{sid}.json</c>
/// with <c>Status=canceled</c>. https://developer.signalwire.com/compatibility-api/client-sdks/methods/faxes/send
/// </summary>
internal static class SignalWireEndpoints
{
    public static string FaxesPath(string projectId) => $"{SignalWireDialect.AccountsPrefix}{projectId}/Faxes";

    public static void Map(WebApplication app)
    {
        var account = app.MapGroup(SignalWireDialect.AccountsPrefix + "{projectId}");
        account.MapPost("Faxes.json", CreateAsync);
        account.MapGet("Faxes/{sid}.json", Fetch);
        account.MapPost("Faxes/{sid}.json", CancelAsync);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, FaxRegistry faxes, FaxSimulatorOptions options, CancellationToken cancellationToken)
    {
        var form = await FaxForms.ReadAsync(request, cancellationToken);
        if (!CreateFaxForm.TryParse(form, out var newFax, out var error))
        {
            return error.ToResult();
        }

        var accepted = faxes.Create(newFax with { Api = CarrierApi.SignalWire });
        return Resource(accepted, options, StatusCodes.Status201Created);
    }

    private static IResult Fetch(string sid, HttpRequest request, FaxRegistry faxes, SimulatorFaults faults, FaxSimulatorOptions options) =>
        faxes.Find(sid, CarrierApi.SignalWire) is { } fax ? Resource(faults.OnRead(fax.Snapshot()), options) : FaxEndpoints.NotFound(request);

    private static Task<IResult> CancelAsync(string sid, HttpRequest request, FaxRegistry faxes, FaxSimulatorOptions options, CancellationToken cancellationToken) =>
        CancelFaxEndpoint.CancelAsync(faxes.Find(sid, CarrierApi.SignalWire), request, faxes, fax => Resource(fax, options), cancellationToken);

    private static JsonHttpResult<SignalWireFaxResource> Resource(FaxSnapshot fax, FaxSimulatorOptions options, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(
            SignalWireFaxResource.FromSnapshot(fax with { AccountSid = options.SignalWireProjectId }, options.SignalWireProjectId),
            SimulatorJson.Context.SignalWireFaxResource,
            statusCode: statusCode);
}
