using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api;

/// <summary>Create, fetch and list: <c>POST /v1/Faxes</c>, <c>GET /v1/Faxes/{sid}</c>, <c>GET /v1/Faxes</c>.</summary>
internal static class FaxEndpoints
{
    public static async Task<IResult> CreateAsync(HttpRequest request, FaxRegistry faxes, CancellationToken cancellationToken)
    {
        var form = await FaxForms.ReadAsync(request, cancellationToken);
        if (!CreateFaxForm.TryParse(form, out var newFax, out var error))
        {
            return error.ToResult();
        }

        var accepted = faxes.Create(newFax);
        return Resource(accepted, request, StatusCodes.Status201Created);
    }

    public static IResult Fetch(string sid, HttpRequest request, FaxRegistry faxes, SimulatorFaults faults) =>
        faxes.Find(sid, CarrierApi.Twilio) is { } fax ? Resource(faults.OnRead(fax.Snapshot()), request) : NotFound(request);

    public static IResult List(HttpRequest request, FaxRegistry faxes)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TwilioListQuery.TryParse(request.Query, out var query, out var error))
        {
            return error.ToResult();
        }

        var baseUrl = FaxUrls.BaseUrlOf(request);
        var all = faxes.Newest(CarrierApi.Twilio, query.Matches);
        var totalPages = ListPaging.TotalPages(all.Count, query.PageSize);
        var page = ListPaging.Slice(all, query.Page, query.PageSize).Select(fax => FaxResource.FromSnapshot(fax.Snapshot(), baseUrl)).ToList();
        var url = FaxUrls.Faxes(baseUrl);
        var meta = new FaxListMeta(
            query.Link(url, 0, Math.Max(1, totalPages))!,
            "faxes",
            query.Link(url, query.Page + 1, totalPages),
            query.Page,
            query.PageSize,
            query.Link(url, query.Page - 1, totalPages),
            query.Link(url, query.Page, Math.Max(1, totalPages)) ?? url);
        return TypedResults.Json(new FaxListResponse(page, meta), SimulatorJson.Context.FaxListResponse);
    }

    public static IResult Resource(FaxSnapshot fax, HttpRequest request, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(FaxResource.FromSnapshot(fax, FaxUrls.BaseUrlOf(request)), SimulatorJson.Context.FaxResource, statusCode: statusCode);

    public static IResult NotFound(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TwilioErrors.NotFound(request.Path.Value ?? string.Empty).ToResult();
    }
}
