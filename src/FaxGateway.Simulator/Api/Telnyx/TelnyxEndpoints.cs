using Microsoft.AspNetCore.Http.HttpResults;
using FaxGateway.Simulator.Api.Dialects;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;

namespace FaxGateway.Simulator.Api.Telnyx;

/// <summary>
/// Telnyx Programmable Fax v2: <c>POST /v2/faxes</c> (JSON, answered 202), <c>GET /v2/faxes/{id}</c>,
/// <c>POST /v2/faxes/{id}/actions/cancel</c> (202 <c>{"data": {"result": "ok"}}</c>, 422 once
/// too late) and <c>GET /v2/faxes</c>, the list (see <see cref="TelnyxListQuery"/>), newest first.
/// https://developers.telnyx.com/api-reference/programmable-fax-commands/cancel-a-fax
/// https://developers.telnyx.com/api-reference/programmable-fax-commands/view-a-list-of-faxes
/// </summary>
internal static class TelnyxEndpoints
{
    /// <summary>Telnyx's qualities; <c>high</c> is the simulator's reading of its default.</summary>
    private static readonly string[] Qualities = ["normal", "high", "very_high", "ultra_light", "ultra_dark"];

    public static void Map(WebApplication app)
    {
        var faxes = app.MapGroup(TelnyxDialect.FaxesPath);
        faxes.MapPost(string.Empty, CreateAsync);
        faxes.MapGet(string.Empty, List);
        faxes.MapGet("{id}", Fetch);
        faxes.MapPost("{id}/actions/cancel", Cancel);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, FaxRegistry faxes, FaxSimulatorOptions options, CancellationToken cancellationToken)
    {
        TelnyxCreateFax? body;
        try
        {
            body = await request.ReadFromJsonAsync(SimulatorJson.Context.TelnyxCreateFax, cancellationToken);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return TelnyxErrors.Invalid("data", "The request body must be a JSON object.");
        }

        if (Check(body, options) is { } error)
        {
            return error;
        }

        var quality = body!.Quality ?? "high";
        var accepted = faxes.Create(new NewFax(
            body.To!, body.From!, new Uri(body.MediaUrl!), quality, body.StoreMedia ?? false, null, CarrierApi.Telnyx, body.ClientState));
        return Resource(accepted, faxes, options, StatusCodes.Status202Accepted);
    }

    private static IResult List(HttpRequest request, FaxRegistry faxes, FaxSimulatorOptions options)
    {
        var (query, error) = TelnyxListQuery.Parse(request.Query);
        if (query is null)
        {
            return error!;
        }

        var all = faxes.Newest(CarrierApi.Telnyx, query.Matches);
        var page = ListPaging.Slice(all, query.PageNumber - 1, query.PageSize)
            .Select(fax => TelnyxFaxResource.FromSnapshot(fax.Snapshot(), fax.Request, options.TelnyxConnectionId))
            .ToList();
        var meta = new TelnyxPageMeta(query.PageNumber, query.PageSize, ListPaging.TotalPages(all.Count, query.PageSize), all.Count);
        return TypedResults.Json(new TelnyxList<TelnyxFaxResource>(page, meta), SimulatorJson.Context.TelnyxListTelnyxFaxResource);
    }

    private static IResult Fetch(string id, FaxRegistry faxes, SimulatorFaults faults, FaxSimulatorOptions options) =>
        faxes.Find(id, CarrierApi.Telnyx) is { } fax ? Resource(faults.OnRead(fax.Snapshot()), faxes, options) : NotFound(id);

    private static IResult Cancel(string id, FaxRegistry faxes)
    {
        if (faxes.Find(id, CarrierApi.Telnyx) is not { } fax)
        {
            return NotFound(id);
        }

        return faxes.Cancel(fax) == CancelResult.Canceled
            ? TypedResults.Json(new TelnyxData<TelnyxActionResult>(new TelnyxActionResult("ok")), SimulatorJson.Context.TelnyxDataTelnyxActionResult, statusCode: StatusCodes.Status202Accepted)
            : TelnyxErrors.Result(StatusCodes.Status422UnprocessableEntity, TelnyxErrors.CannotCancel, "Fax cannot be canceled", "Only a queued, media.processed, originated or sending fax can be canceled.");
    }

    private static IResult? Check(TelnyxCreateFax? body, FaxSimulatorOptions options) =>
        body is null ? TelnyxErrors.Invalid("data", "The request body must be a JSON object.")
        : body.ConnectionId != options.TelnyxConnectionId ? TelnyxErrors.Invalid("connection_id", "The connection_id is not a Fax Application of this account.")
        : !PhoneNumbers.IsE164(body.To) ? TelnyxErrors.Invalid("to", "The 'to' number must be in E.164 format.")
        : !PhoneNumbers.IsE164(body.From) ? TelnyxErrors.Invalid("from", "The 'from' number must be in E.164 format.")
        : !Uri.TryCreate(body.MediaUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            ? TelnyxErrors.Invalid("media_url", "The media_url must be an absolute http or https URL.")
        : body.Quality is { } quality && !Qualities.Contains(quality) ? TelnyxErrors.Invalid("quality", "Unknown quality.")
        : null;

    private static JsonHttpResult<TelnyxData<TelnyxFaxResource>> Resource(FaxSnapshot fax, FaxRegistry faxes, FaxSimulatorOptions options, int statusCode = StatusCodes.Status200OK)
    {
        var request = faxes.Find(fax.Sid)!.Request;
        return TypedResults.Json(
            new TelnyxData<TelnyxFaxResource>(TelnyxFaxResource.FromSnapshot(fax, request, options.TelnyxConnectionId)),
            SimulatorJson.Context.TelnyxDataTelnyxFaxResource,
            statusCode: statusCode);
    }

    private static IResult NotFound(string id) =>
        TelnyxErrors.Result(StatusCodes.Status404NotFound, TelnyxErrors.NotFound, "Resource not found", $"No fax with id {id}.");
}
