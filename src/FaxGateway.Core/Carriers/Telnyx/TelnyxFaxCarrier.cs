using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Secrets;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Carriers.Telnyx;

/// <summary>
/// Telnyx Programmable Fax v2: <c>POST /v2/faxes</c> (JSON, answered 202 with
/// <c>{"data": fax}</c>), <c>GET /v2/faxes/{id}</c>, <c>POST /v2/faxes/{id}/actions/cancel</c>,
/// <c>GET /v2/faxes</c> (list), Bearer auth. Telnyx does not retry a failed fax on its own, so the
/// gateway's attempts are the only ones.
/// https://developers.telnyx.com/api-reference/programmable-fax-commands/view-a-fax
/// </summary>
internal sealed class TelnyxFaxCarrier(CarrierHttp http, TelnyxSettings settings, ISecretStore secrets, ILogger logger)
    : IFaxCarrier, IFaxCarrierLookup
{
    private const string FaxesPath = "v2/faxes";

    /// <summary>Telnyx's usual default page size; the filtered list is a handful of faxes.</summary>
    private const int ListPageSize = 20;

    public Task<CarrierFax> SendAsync(FaxSendRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new TelnyxSendFax(
            settings.ConnectionId, settings.PhoneNumber, request.To, request.MediaUrl, StoreMedia: false, ClientReference.ToBase64Json(request));
        var content = JsonContent.Create(body, TelnyxJsonContext.Default.TelnyxSendFax);
        return CallAsync(CarrierRequests.Create(HttpMethod.Post, http.BaseUrl, FaxesPath, content).CreatingFax(), "send a fax", cancellationToken);
    }

    public Task<CarrierFax> GetAsync(string carrierFaxId, CancellationToken cancellationToken) =>
        CallAsync(CarrierRequests.Create(HttpMethod.Get, http.BaseUrl, FaxPath(carrierFaxId)), "read a fax's status", cancellationToken);

    public async Task CancelAsync(string carrierFaxId, CancellationToken cancellationToken)
    {
        // Answered 202 {"data": {"result": "ok"}}: nothing to read, the caller reads the fax again.
        using var request = CarrierRequests.Create(HttpMethod.Post, http.BaseUrl, $"{FaxPath(carrierFaxId)}/actions/cancel");
        request.Headers.Authorization = await AuthorizationAsync(cancellationToken);
        await http.SendAsync(request, "cancel a fax", TelnyxErrors.Describe, cancellationToken);
    }

    /// <summary>
    /// Looks for the fax whose <c>client_state</c> is this request's: the same fax id and the
    /// same attempt (<see cref="ClientReference.Matches(string?, FaxSendRequest)"/>), which names
    /// this attempt's send and nothing else. <c>GET /v2/faxes</c> is narrowed with
    /// <c>filter[direction][eq]</c>, <c>filter[from][eq]</c>, <c>filter[to][eq]</c> and
    /// <c>filter[created_at][gte]</c> (telnyx-python's fax_list_params.py; providers.md names only
    /// the list call), but the match is decided here on each fax's <c>client_state</c> and
    /// <c>created_at</c>, so a filter Telnyx ignored only makes the list longer. Pages are walked by
    /// <c>page[number]</c> for at most <see cref="FaxListLookup.MaxPages"/> pages.
    /// https://developers.telnyx.com/api-reference/programmable-fax-commands/view-a-list-of-faxes
    /// </summary>
    public async Task<CarrierFax?> FindAsync(FaxSendRequest request, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var slack = FaxListLookup.ReferenceMatchSlack;
        var after = FaxListLookup.FormatTime(notBefore - slack);
        var pageNumber = 0;
        var found = await FaxListLookup.FindNewestAsync(
            Page(1),
            ReadPageAsync,
            fax => ClientReference.Matches(fax.ClientState, request),
            fax => fax.CreatedAt,
            notBefore,
            slack,
            cancellationToken);
        return found is null ? null : ToCarrierFax(found, FaxListLookup.What);

        Uri Page(int number) => new(http.BaseUrl, FaxListLookup.WithQuery(
            FaxesPath,
            ("filter[direction][eq]", "outbound"),
            ("filter[from][eq]", settings.PhoneNumber),
            ("filter[to][eq]", request.To),
            ("filter[created_at][gte]", after),
            ("page[size]", ListPageSize.ToString(CultureInfo.InvariantCulture)),
            ("page[number]", number.ToString(CultureInfo.InvariantCulture))));

        async Task<FaxListPage<TelnyxFax>> ReadPageAsync(Uri page, CancellationToken token)
        {
            var list = await http.GetJsonAsync(
                page, await AuthorizationAsync(token), TelnyxJsonContext.Default.TelnyxFaxList, FaxListLookup.What, TelnyxErrors.Describe, token);
            var faxes = list.Data ?? [];
            pageNumber = list.Meta?.PageNumber ?? pageNumber + 1;
            return new FaxListPage<TelnyxFax>(
                faxes, FaxListLookup.NextNumberedPage(Page, pageNumber, list.Meta?.TotalPages, faxes.Count, ListPageSize));
        }
    }

    private static string FaxPath(string carrierFaxId) => $"{FaxesPath}/{CarrierRequests.Segment(carrierFaxId)}";

    private async Task<CarrierFax> CallAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Authorization = await AuthorizationAsync(cancellationToken);
            var body = await http.SendAsync(request, what, TelnyxErrors.Describe, cancellationToken);
            var fax = CarrierHttp.Read(body, TelnyxJsonContext.Default.TelnyxEnvelope, what).Data;
            return ToCarrierFax(fax, what);
        }
    }

    private async Task<AuthenticationHeaderValue> AuthorizationAsync(CancellationToken cancellationToken) =>
        new("Bearer", await secrets.GetAsync(settings.ApiKey, cancellationToken));

    private CarrierFax ToCarrierFax(TelnyxFax? fax, string what)
    {
        if (string.IsNullOrEmpty(fax?.Id))
        {
            throw new CarrierException($"The fax API's answer to {what} has no fax id");
        }

        var status = fax.Status ?? string.Empty;
        if (!TelnyxFaxStatuses.IsKnown(status))
        {
            Log.CarrierStatusUnknown(logger, settings.CarrierName, status, fax.Id);
        }

        return new CarrierFax(
            fax.Id, TelnyxFaxStatuses.Map(status, fax.FailureReason), TelnyxFaxStatuses.Describe(status, fax.FailureReason), fax.PageCount);
    }
}
