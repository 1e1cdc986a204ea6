using System.Globalization;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api;

/// <summary>Create, fetch and list: <c>POST /v1/Faxes</c>, <c>GET /v1/Faxes/{sid}</c>, <c>GET /v1/Faxes</c>.</summary>
internal static class FaxEndpoints
{
    /// <summary>Twilio's list paging: 50 by default, at most 1000.</summary>
    private const int DefaultPageSize = 50;

    private const int MaxPageSize = 1000;

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
        var query = request.Query;
        var pageSize = DefaultPageSize;
        if (query["PageSize"] is { Count: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return TwilioErrors.BadRequest(TwilioErrors.InvalidParameterCode, "Invalid parameter 'PageSize': must be 1 to 1000").ToResult();
        }

        var baseUrl = FaxUrls.BaseUrlOf(request);
        var to = query["To"] is { Count: > 0 } t ? t.ToString() : null;
        var from = query["From"] is { Count: > 0 } f ? f.ToString() : null;
        DateTimeOffset? createdAfter = null;
        if (query["DateCreatedAfter"] is { Count: > 0 } afterText)
        {
            if (!DateTimeOffset.TryParse(afterText.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var after))
            {
                return TwilioErrors.BadRequest(TwilioErrors.InvalidParameterCode, "Invalid parameter 'DateCreatedAfter': not a date").ToResult();
            }

            createdAfter = after;
        }

        var page = faxes.Newest(pageSize, to, from, createdAfter).Select(fax => FaxResource.FromSnapshot(fax.Snapshot(), baseUrl)).ToList();
        var url = FaxUrls.Faxes(baseUrl);
        var meta = new FaxListMeta(url, "faxes", null, 0, pageSize, null, url);
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
