using System.Net.Http.Headers;
using System.Net.Http.Json;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Secrets;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Carriers.Sinch;

/// <summary>
/// Sinch Fax v3: <c>POST /v3/projects/{projectId}/faxes</c> (JSON; answered with the fax),
/// <c>GET …/faxes/{id}</c>, Basic auth with the access key id and secret. Sinch has no call to
/// cancel a fax, so <see cref="CancelAsync"/> only logs.
/// </summary>
internal sealed class SinchFaxCarrier(CarrierHttp http, SinchSettings settings, ISecretStore secrets, ILogger logger) : IFaxCarrier
{
    /// <summary>Sinch retries a failed fax itself up to maxRetries times (service default 3); 0 leaves retrying to the gateway.</summary>
    public const int CarrierRetries = 0;

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
