using System.Net.Http.Headers;
using FaxGateway.Core.Carriers.Twilio;
using FaxGateway.Core.Secrets;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Carriers.SignalWire;

/// <summary>
/// SignalWire's compatibility fax API: Twilio's fields and statuses under the 2010 "Accounts"
/// path with a <c>.json</c> suffix (<c>POST …/api/laml/2010-04-01/Accounts/{ProjectId}/Faxes.json</c>,
/// <c>GET …/Faxes/{sid}.json</c>), Basic auth with the project id and API token, and
/// <c>error_code</c>/<c>error_message</c> on a failed fax. Stock Twilio clients cannot reach it
/// by swapping the host, hence this adapter.
/// https://developer.signalwire.com/compatibility-api/client-sdks/methods/faxes/send
/// </summary>
internal sealed class SignalWireFaxCarrier(CarrierHttp http, SignalWireSettings settings, ISecretStore secrets, ILogger logger)
    : IFaxCarrier, IFaxCarrierLookup
{
    /// <summary>
    /// Minutes SignalWire may keep trying (<c>Ttl</c>); 5 is its floor (its default is 60). As
    /// with Twilio, the gateway's own retries take over quickly.
    /// </summary>
    public const int TtlMinutes = 5;

    public Task<CarrierFax> SendAsync(FaxSendRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = TwilioFaxResource.CreateForm(request, settings.PhoneNumber, TtlMinutes);
        return CallAsync(CarrierRequests.Create(HttpMethod.Post, http.BaseUrl, $"{FaxesPath}.json", form).CreatingFax(), "send a fax", cancellationToken);
    }

    public Task<CarrierFax> GetAsync(string carrierFaxId, CancellationToken cancellationToken) =>
        CallAsync(CarrierRequests.Create(HttpMethod.Get, http.BaseUrl, FaxPath(carrierFaxId)), "read a fax's status", cancellationToken);

    public Task CancelAsync(string carrierFaxId, CancellationToken cancellationToken) =>
        CallAsync(CarrierRequests.Create(HttpMethod.Post, http.BaseUrl, FaxPath(carrierFaxId), TwilioFaxResource.CancelForm()), "cancel a fax", cancellationToken);

    /// <inheritdoc/>
    public DateTimeOffset EarliestSend(DateTimeOffset runStart) => TwilioFaxLookup.EarliestSend(runStart);

    /// <summary>
    /// Lists the project's faxes from our number to the destination created since the send
    /// began (<c>GET …/Accounts/{ProjectId}/Faxes.json?From=…&amp;To=…&amp;DateCreatedAfter=…</c>,
    /// https://developer.signalwire.com/compatibility-api/client-sdks/methods/faxes/list).
    /// SignalWire echoes no client reference, so it is matched as Twilio is: see <see cref="TwilioFaxLookup"/>.
    /// </summary>
    public Task<CarrierFax?> FindAsync(FaxSendRequest request, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
        TwilioFaxLookup.FindAsync(
            http, $"{FaxesPath}.json", settings.PhoneNumber, request, notBefore, AuthorizationAsync, settings.CarrierName, logger, cancellationToken);

    private string FaxesPath => $"api/laml/2010-04-01/Accounts/{CarrierRequests.Segment(settings.ProjectId)}/Faxes";

    private string FaxPath(string carrierFaxId) => $"{FaxesPath}/{CarrierRequests.Segment(carrierFaxId)}.json";

    private async Task<CarrierFax> CallAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Authorization = await AuthorizationAsync(cancellationToken);
            var body = await http.SendAsync(request, what, TwilioError.Describe, cancellationToken);
            return CarrierHttp.Read(body, TwilioJsonContext.Default.TwilioFaxResource, what).ToCarrierFax(what, settings.CarrierName, logger);
        }
    }

    private async Task<AuthenticationHeaderValue> AuthorizationAsync(CancellationToken cancellationToken) =>
        CarrierRequests.Basic(settings.ProjectId, await secrets.GetAsync(settings.ApiToken, cancellationToken));
}
