using System.Net.Http.Headers;
using System.Text.Json;
using FaxGateway.Core.Serialization;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// POSTs callbacks as JSON with <c>Content-Type: application/json</c>. Each POST has its own
/// timeout; redirects are not followed (a 3xx counts as not delivered).
/// </summary>
internal sealed class HttpWebhookSender(HttpClient http, FaxGatewaySettings settings, TimeProvider time)
    : IWebhookSender
{
    /// <summary>The named HTTP client this sender uses; its handler never follows redirects.</summary>
    public const string HttpClientName = "webhooks";

    public async Task<WebhookDeliveryResult> SendAsync(Webhook webhook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        if (!Uri.TryCreate(webhook.CallbackUrl, UriKind.Absolute, out var url))
        {
            return WebhookDeliveryResult.NoAnswer("the callback URL is not an absolute URL");
        }

        using var request = CreateRequest(url, webhook.Payload);
        using var timeout = new CancellationTokenSource(settings.WebhookTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return WebhookDeliveryResult.Answered((int)response.StatusCode);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return WebhookDeliveryResult.NoAnswer($"no answer within {settings.WebhookTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException exception)
        {
            // The error kind only: exception messages can carry the host and port.
            return WebhookDeliveryResult.NoAnswer($"request failed ({exception.HttpRequestError})");
        }
    }

    private static HttpRequestMessage CreateRequest(Uri url, WebhookPayload payload)
    {
        var content = new ByteArrayContent(
            JsonSerializer.SerializeToUtf8Bytes(payload, GatewayJson.WebhookPayload));

        // Exactly "application/json", as the original sent it: no charset parameter.
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }
}
