using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Secrets;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Carriers.Sinch;

/// <summary>
/// Sinch Fax v3: <c>POST /v3/projects/{projectId}/faxes</c> (JSON; answered with the fax),
/// <c>GET …/faxes/{id}</c>, <c>GET …/faxes</c> (list), Basic auth with the access key id and secret.
/// Sinch has no call to cancel a fax, so <see cref="CancelAsync"/> only logs.
/// </summary>
internal sealed class SinchFaxCarrier(CarrierHttp http, SinchSettings settings, ISecretStore secrets, ILogger logger)
    : IFaxCarrier, IFaxCarrierLookup
{
    /// <summary>Sinch retries a failed fax itself up to maxRetries times (service default 3); 0 leaves retrying to the gateway.</summary>
    public const int CarrierRetries = 0;

    /// <summary>Sinch's default page size (it allows up to 1000).</summary>
    private const int ListPageSize = 100;

    public Task<CarrierFax> SendAsync(FaxSendRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new SinchSendFax(request.To, settings.PhoneNumber, request.MediaUrl, CarrierRetries, ClientReference.ToLabels(request));
        var content = JsonContent.Create(body, SinchJsonContext.Default.SinchSendFax);
        return CallAsync(CarrierRequests.Create(HttpMethod.Post, http.BaseUrl, FaxesPath, content).CreatingFax(), "send a fax", cancellationToken);
    }

    public Task<CarrierFax> GetAsync(string carrierFaxId, CancellationToken cancellationToken) =>
        CallAsync(CarrierRequests.Create(HttpMethod.Get, http.BaseUrl, $"{FaxesPath}/{CarrierRequests.Segment(carrierFaxId)}"), "read a fax's status", cancellationToken);

    public Task CancelAsync(string carrierFaxId, CancellationToken cancellationToken)
    {
        Log.CarrierCancelUnsupported(logger, settings.CarrierName, carrierFaxId);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Looks for the fax whose <c>labels</c> are this request's: the same <c>fax_id</c> and the
    /// same <c>attempt</c> (<see cref="ClientReference.Matches(IReadOnlyDictionary{string, string}?, FaxSendRequest)"/>),
    /// which name this attempt's send and nothing else. The list is narrowed with the filters
    /// providers.md gives (<c>direction</c>, <c>from</c> and <c>to</c>, both prefix matches, and
    /// <c>createTime&gt;=</c>); <c>labels</c> is not sent as a filter because how a label goes into
    /// the query string is not published, and a misread one could hide the fax. The match is
    /// decided here on each fax's <c>labels</c> and <c>createTime</c>. Pages are walked by
    /// <c>page</c> for at most <see cref="FaxListLookup.MaxPages"/> pages.
    /// https://developers.sinch.com/docs/fax/api-reference/fax/faxes
    /// </summary>
    public async Task<CarrierFax?> FindAsync(FaxSendRequest request, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var slack = FaxListLookup.ReferenceMatchSlack;
        var after = FaxListLookup.FormatTime(notBefore - slack);
        var filters = new[] { ("direction", "OUTBOUND"), ("from", settings.PhoneNumber), ("to", request.To), ("createTime>", after), ("pageSize", ListPageSize.ToString(CultureInfo.InvariantCulture)) };
        var pageNumber = 0;
        var found = await FaxListLookup.FindNewestAsync(
            new Uri(http.BaseUrl, FaxListLookup.WithQuery(FaxesPath, filters)),
            ReadPageAsync,
            fax => ClientReference.Matches(fax.Labels, request),
            fax => fax.CreateTime,
            notBefore,
            slack,
            cancellationToken);
        return found is null ? null : ToCarrierFax(found, FaxListLookup.What);

        Uri Page(int number) =>
            new(http.BaseUrl, FaxListLookup.WithQuery(FaxesPath, [.. filters, ("page", number.ToString(CultureInfo.InvariantCulture))]));

        async Task<FaxListPage<SinchFax>> ReadPageAsync(Uri page, CancellationToken token)
        {
            var list = await http.GetJsonAsync(
                page, await AuthorizationAsync(token), SinchJsonContext.Default.SinchFaxList, FaxListLookup.What, SinchError.Describe, token);
            var faxes = list.Faxes ?? [];
            pageNumber = list.Page ?? list.PageNumber ?? pageNumber + 1;
            return new FaxListPage<SinchFax>(faxes, FaxListLookup.NextNumberedPage(Page, pageNumber, list.TotalPages, faxes.Count, ListPageSize));
        }
    }

    private string FaxesPath => $"v3/projects/{CarrierRequests.Segment(settings.ProjectId)}/faxes";

    private async Task<CarrierFax> CallAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Authorization = await AuthorizationAsync(cancellationToken);
            var body = await http.SendAsync(request, what, SinchError.Describe, cancellationToken);
            return ToCarrierFax(CarrierHttp.Read(body, SinchJsonContext.Default.SinchFax, what), what);
        }
    }

    private async Task<AuthenticationHeaderValue> AuthorizationAsync(CancellationToken cancellationToken) =>
        CarrierRequests.Basic(
            await secrets.GetAsync(settings.KeyId, cancellationToken),
            await secrets.GetAsync(settings.KeySecret, cancellationToken));

    private CarrierFax ToCarrierFax(SinchFax fax, string what)
    {
        if (string.IsNullOrEmpty(fax.Id))
        {
            throw new CarrierException($"The fax API's answer to {what} has no fax id");
        }

        var status = fax.Status ?? string.Empty;
        if (!SinchFaxStatuses.IsKnown(status))
        {
            Log.CarrierStatusUnknown(logger, settings.CarrierName, status, fax.Id);
        }

        return new CarrierFax(
            fax.Id,
            SinchFaxStatuses.Map(status, fax.ErrorType, fax.ErrorCode),
            SinchFaxStatuses.Describe(status, fax.ErrorType, fax.ErrorCode, fax.ErrorMessage),
            fax.NumberOfPages);
    }
}
