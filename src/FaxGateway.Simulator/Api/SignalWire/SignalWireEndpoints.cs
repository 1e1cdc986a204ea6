using Microsoft.AspNetCore.Http.HttpResults;
using FaxGateway.Simulator.Api.Dialects;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Api.SignalWire;

/// <summary>
/// SignalWire's compatibility fax API: <c>POST …/Accounts/{ProjectId}/Faxes.json</c> (Twilio's
/// form fields, answered 201), <c>GET …/Faxes/{sid}.json</c>, <c>POST …/Faxes/{sid}.json</c>
/// with <c>Status=canceled</c>, and <c>GET …/Faxes.json</c>, the list, with Twilio's filters and
/// the 2010 API's paging at the top of the answer (<c>uri</c>, <c>first_page_uri</c>,
/// <c>next_page_uri</c>, <c>previous_page_uri</c>, <c>page</c>, <c>page_size</c>, <c>faxes</c>).
/// https://developer.signalwire.com/compatibility-api/client-sdks/methods/faxes/send
/// https://developer.signalwire.com/compatibility-api/client-sdks/methods/faxes/list
/// </summary>
internal static class SignalWireEndpoints
{
    public static string FaxesPath(string projectId) => $"{SignalWireDialect.AccountsPrefix}{projectId}/Faxes";

    public static void Map(WebApplication app)
    {
        var account = app.MapGroup(SignalWireDialect.AccountsPrefix + "{projectId}");
        account.MapPost("Faxes.json", CreateAsync);
        account.MapGet("Faxes.json", List);
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

    private static IResult List(HttpRequest request, FaxRegistry faxes, FaxSimulatorOptions options)
    {
        if (!TwilioListQuery.TryParse(request.Query, out var query, out var error))
        {
            return error.ToResult();
        }

        var all = faxes.Newest(CarrierApi.SignalWire, query.Matches);
        var totalPages = ListPaging.TotalPages(all.Count, query.PageSize);
        var path = FaxesPath(options.SignalWireProjectId) + ".json";
        var page = ListPaging.Slice(all, query.Page, query.PageSize).Select(fax => Item(fax.Snapshot(), options)).ToList();
        return TypedResults.Json(
            new SignalWireFaxList(
                query.Link(path, query.Page, Math.Max(1, totalPages)) ?? path,
                query.Link(path, 0, Math.Max(1, totalPages))!,
                query.Link(path, query.Page + 1, totalPages),
                query.Link(path, query.Page - 1, totalPages),
                query.Page,
                query.PageSize,
                page),
            SimulatorJson.Context.SignalWireFaxList);
    }

    private static IResult Fetch(string sid, HttpRequest request, FaxRegistry faxes, SimulatorFaults faults, FaxSimulatorOptions options) =>
        faxes.Find(sid, CarrierApi.SignalWire) is { } fax ? Resource(faults.OnRead(fax.Snapshot()), options) : FaxEndpoints.NotFound(request);

    private static Task<IResult> CancelAsync(string sid, HttpRequest request, FaxRegistry faxes, FaxSimulatorOptions options, CancellationToken cancellationToken) =>
        CancelFaxEndpoint.CancelAsync(faxes.Find(sid, CarrierApi.SignalWire), request, faxes, fax => Resource(fax, options), cancellationToken);

    private static JsonHttpResult<SignalWireFaxResource> Resource(FaxSnapshot fax, FaxSimulatorOptions options, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(Item(fax, options), SimulatorJson.Context.SignalWireFaxResource, statusCode: statusCode);

    private static SignalWireFaxResource Item(FaxSnapshot fax, FaxSimulatorOptions options) =>
        SignalWireFaxResource.FromSnapshot(fax with { AccountSid = options.SignalWireProjectId }, options.SignalWireProjectId);
}
