using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaxGateway.Core.Secrets;

namespace FaxGateway.Core.Carriers.Twilio;

/// <summary>
/// The Twilio-shaped fax API (<c>POST /v1/Faxes</c>, <c>GET /v1/Faxes/{sid}</c>, Basic auth
/// with the account SID and auth token). Twilio itself switched fax off in December 2021; the
/// shape lives on in compatible carriers and in the simulator.
/// </summary>
internal sealed class TwilioFaxCarrier : IFaxCarrier
{
    /// <summary>
    /// Minutes the carrier may keep trying before it gives up (<c>Ttl</c>). Short, as in the
    /// original: the gateway has its own retries, and a fax left queued at the carrier would
    /// outlive the attempt that waits for it.
    /// </summary>
    public const int TtlMinutes = 5;

    /// <summary>The named HTTP client this carrier uses.</summary>
    public const string HttpClientName = "twilio-fax";

    private const string FaxesPath = "v1/Faxes";
    private const int MaxErrorTextLength = 200;

    private readonly HttpClient _http;
    private readonly TwilioSettings _settings;
    private readonly ISecretStore _secrets;

    public TwilioFaxCarrier(HttpClient http, TwilioSettings settings, ISecretStore secrets)
    {
        _http = http;
        _settings = settings;
        _secrets = secrets;
    }

    public Task<CarrierFax> SendAsync(FaxSendRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = new Dictionary<string, string>
        {
            ["To"] = request.To,
            ["From"] = _settings.PhoneNumber,
            ["MediaUrl"] = request.MediaUrl,

            // Faxes carry personal data: the carrier must not keep a copy of the PDF.
            ["StoreMedia"] = "false",
            ["Ttl"] = TtlMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return CallAsync(HttpMethod.Post, FaxesPath, form, "send a fax", cancellationToken);
    }

    public Task<CarrierFax> GetAsync(string carrierFaxId, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Get, FaxPath(carrierFaxId), form: null, "read a fax's status", cancellationToken);

    public Task CancelAsync(string carrierFaxId, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, FaxPath(carrierFaxId), new() { ["Status"] = "canceled" }, "cancel a fax", cancellationToken);

    private static string FaxPath(string carrierFaxId) => $"{FaxesPath}/{Uri.EscapeDataString(carrierFaxId)}";

    private async Task<CarrierFax> CallAsync(
        HttpMethod method, string path, Dictionary<string, string>? form, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_settings.BaseUrl, path));
        request.Headers.Authorization = await AuthorizationAsync(cancellationToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new CarrierException($"Could not reach the fax API to {what} ({exception.HttpRequestError})", null, exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CarrierException($"The fax API did not answer in time to {what}", null, exception);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new CarrierException(DescribeError(response, body, what), response.StatusCode);
            }

            return ToCarrierFax(body, what);
        }
    }

    /// <summary>Basic auth from the current credentials (the secret store caches them).</summary>
    private async Task<AuthenticationHeaderValue> AuthorizationAsync(CancellationToken cancellationToken)
    {
        var sid = await _secrets.GetAsync(_settings.AccountSid, cancellationToken);
        var token = await _secrets.GetAsync(_settings.AuthToken, cancellationToken);
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sid}:{token}")));
    }

    private static CarrierFax ToCarrierFax(string body, string what)
    {
        TwilioFaxResource? resource;
        try
        {
            resource = JsonSerializer.Deserialize(body, TwilioJsonContext.Default.TwilioFaxResource);
        }
        catch (JsonException exception)
        {
            throw new CarrierException($"The fax API's answer to {what} is not JSON", exception);
        }

        if (string.IsNullOrEmpty(resource?.Sid))
        {
            throw new CarrierException($"The fax API's answer to {what} has no fax sid");
        }

        var status = resource.Status ?? string.Empty;
        return new CarrierFax(resource.Sid, TwilioFaxStatuses.Map(status), status, resource.NumPages);
    }

    private static string DescribeError(HttpResponseMessage response, string body, string what)
    {
        var status = (int)response.StatusCode;
        var hint = status == 401 ? " (check TWILIO_SID and TWILIO_AUTH_TOKEN)" : string.Empty;
        TwilioError? error = null;
        try
        {
            error = JsonSerializer.Deserialize(body, TwilioJsonContext.Default.TwilioError);
        }
        catch (JsonException)
        {
            // Not every error body is JSON (proxies answer HTML); the status code still tells.
        }

        var detail = error?.Message is { Length: > 0 } message
            ? $": {error.Code} {Truncate(message)}"
            : string.Empty;
        return $"The fax API refused to {what}: HTTP {status}{detail}{hint}";
    }

    private static string Truncate(string text) =>
        text.Length <= MaxErrorTextLength ? text : text[..MaxErrorTextLength];
}
