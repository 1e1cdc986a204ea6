using Microsoft.AspNetCore.Http.HttpResults;
using System.Globalization;
using FaxGateway.Simulator.Api.Dialects;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;

namespace FaxGateway.Simulator.Api.Sinch;

/// <summary>
/// Sinch Fax v3: <c>POST /v3/projects/{projectId}/faxes</c> (JSON or multipart/form-data,
/// answered 200 with the fax), <c>GET …/faxes/{id}</c> and <c>GET …/faxes</c>, the list (see
/// <see cref="SinchListQuery"/>), newest first. Sinch has no cancel call.
/// https://developers.sinch.com/docs/fax/api-reference/fax/faxes
/// </summary>
internal static class SinchEndpoints
{
    /// <summary>Sinch takes 0 to 5 for <c>maxRetries</c>.</summary>
    private const int MaxRetriesLimit = 5;

    /// <summary>The sender when a request names none ("defaults to the first number on the account").</summary>
    public const string DefaultFrom = "+16175550000";

    public static void Map(WebApplication app)
    {
        var faxes = app.MapGroup(SinchDialect.ProjectsPrefix + "{projectId}/faxes");
        faxes.MapPost(string.Empty, CreateAsync);
        faxes.MapGet(string.Empty, List);
        faxes.MapGet("{id}", Fetch);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, FaxRegistry faxes, FaxSimulatorOptions options, CancellationToken cancellationToken)
    {
        var body = await ReadAsync(request, cancellationToken);
        if (Check(body) is { } error)
        {
            return error;
        }

        var accepted = faxes.Create(new NewFax(
            body!.To!, body.From ?? DefaultFrom, new Uri(body.ContentUrl!), "FINE", StoreMedia: false, null, CarrierApi.Sinch,
            MaxRetries: body.MaxRetries, Labels: body.Labels));
        return Resource(accepted, faxes, options);
    }

    private static IResult List(HttpRequest request, FaxRegistry faxes, SimulatorClock clock, FaxSimulatorOptions options)
    {
        var (query, error) = SinchListQuery.Parse(request.Query, clock.Now);
        if (query is null)
        {
            return error!;
        }

        var all = faxes.Newest(CarrierApi.Sinch, query.Matches);
        var page = ListPaging.Slice(all, query.Page - 1, query.PageSize)
            .Select(fax => SinchFaxResource.FromSnapshot(fax.Snapshot(), fax.Request, options.SinchProjectId))
            .ToList();
        return TypedResults.Json(
            new SinchFaxList(page, query.Page, ListPaging.TotalPages(all.Count, query.PageSize), query.PageSize, all.Count),
            SinchJson.Context.SinchFaxList);
    }

    private static IResult Fetch(string id, FaxRegistry faxes, SimulatorFaults faults, FaxSimulatorOptions options) =>
        faxes.Find(id, CarrierApi.Sinch) is { } fax ? Resource(faults.OnRead(fax.Snapshot()), faxes, options) : SinchErrors.NotFound();

    private static async Task<SinchCreateFax?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            int? maxRetries = int.TryParse(form["maxRetries"], NumberStyles.None, CultureInfo.InvariantCulture, out var retries) ? retries : null;
            return new SinchCreateFax(form["to"].ToString(), form["from"] is { Count: > 0 } from ? from.ToString() : null, form["contentUrl"].ToString(), maxRetries, null);
        }

        try
        {
            return await request.ReadFromJsonAsync(SinchJson.Context.SinchCreateFax, cancellationToken);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static IResult? Check(SinchCreateFax? body) =>
        body is null ? SinchErrors.Result(StatusCodes.Status400BadRequest, "Bad Request", "The request could not be understood by the server due to malformed syntax.")
        : !PhoneNumbers.IsE164(body.To) ? SinchErrors.Invalid("to", $"The ({PhoneNumbers.Mask(body.To)}) is not a valid phone number")
        : body.From is { } from && !PhoneNumbers.IsE164(from) ? SinchErrors.Invalid("from", "The from number is not a valid phone number")
        : !Uri.TryCreate(body.ContentUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            ? SinchErrors.Invalid("contentUrl", "contentUrl must be an absolute http or https URL")
        : body.MaxRetries is < 0 or > MaxRetriesLimit ? SinchErrors.Invalid("maxRetries", "maxRetries must be from 0 to 5")
        : null;

    private static JsonHttpResult<SinchFaxResource> Resource(FaxSnapshot fax, FaxRegistry faxes, FaxSimulatorOptions options) =>
        TypedResults.Json(SinchFaxResource.FromSnapshot(fax, faxes.Find(fax.Sid)!.Request, options.SinchProjectId), SinchJson.Context.SinchFaxResource);
}
