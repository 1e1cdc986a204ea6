using System.Net.Http.Headers;
using FaxGateway.Core.Secrets;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Carriers.Twilio;

/// <summary>
/// The Twilio-shaped fax API (<c>POST /v1/Faxes</c>, <c>GET /v1/Faxes/{sid}</c>, Basic auth
/// with the account SID and auth token). Twilio itself switched fax off in December 2021; the
/// shape lives on in compatible carriers and in the simulator.
/// </summary>
internal sealed class TwilioFaxCarrier(CarrierHttp http, TwilioSettings settings, ISecretStore secrets, ILogger logger)
    : IFaxCarrier, IFaxCarrierLookup
{
    /// <summary>
    /// Minutes the carrier may keep trying before it gives up (<c>Ttl</c>). Short, as in the
    /// original: the gateway has its own retries, and a fax left queued at the carrier would
    /// outlive the attempt that waits for it.
    /// </summary>
    public const int TtlMinutes = 5;

    private const string FaxesPath = "v1/Faxes";

    public Task<CarrierFax> SendAsync(FaxSendRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = TwilioFaxResource.CreateForm(request, settings.PhoneNumber, TtlMinutes);
        return CallAsync(CarrierRequests.Create(HttpMethod.Post, http.BaseUrl, FaxesPath, form).CreatingFax(), "send a fax", cancellationToken);
    }

    public Task<CarrierFax> GetAsync(string carrierFaxId, CancellationToken cancellationToken) =>
        CallAsync(CarrierRequests.Create(HttpMethod.Get, http.BaseUrl, FaxPath(carrierFaxId)), "read a fax's status", cancellationToken);

    public Task CancelAsync(string carrierFaxId, CancellationToken cancellationToken) =>
        CallAsync(CarrierRequests.Create(HttpMethod.Post, http.BaseUrl, FaxPath(carrierFaxId), TwilioFaxResource.CancelForm()), "cancel a fax", cancellationToken);

    /// <inheritdoc/>
    public DateTimeOffset EarliestSend(DateTimeOffset runStart) => TwilioFaxLookup.EarliestSend(runStart);

    /// <summary>
    /// Lists the faxes from our number to the destination created since the send began
    /// (<c>GET /v1/Faxes?From=…&amp;To=…&amp;DateCreatedAfter=…</c>); see <see cref="TwilioFaxLookup"/>
    /// for what is matched and why.
    /// </summary>
    public Task<CarrierFax?> FindAsync(FaxSendRequest request, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
        TwilioFaxLookup.FindAsync(
            http, FaxesPath, settings.PhoneNumber, request, notBefore, AuthorizationAsync, settings.CarrierName, logger, cancellationToken);

    private static string FaxPath(string carrierFaxId) => $"{FaxesPath}/{CarrierRequests.Segment(carrierFaxId)}";

    private async Task<CarrierFax> CallAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Authorization = await AuthorizationAsync(cancellationToken);
            var body = await http.SendAsync(request, what, TwilioError.Describe, cancellationToken);
            return CarrierHttp.Read(body, TwilioJsonContext.Default.TwilioFaxResource, what).ToCarrierFax(what, settings.CarrierName, logger);
        }
    }

    /// <summary>Basic auth from the current credentials (the secret store caches them).</summary>
    private async Task<AuthenticationHeaderValue> AuthorizationAsync(CancellationToken cancellationToken) =>
        CarrierRequests.Basic(
            await secrets.GetAsync(settings.AccountSid, cancellationToken),
            await secrets.GetAsync(settings.AuthToken, cancellationToken));
}
