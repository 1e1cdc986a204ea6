using System.Net.Http.Headers;
using System.Text.Json;
using FaxGateway.Core.Net;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Serialization;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// POSTs callbacks as JSON with <c>Content-Type: application/json</c>, signed per Standard
/// Webhooks when a secret is configured. Each POST has its own timeout; redirects are not
/// followed (a 3xx is not delivered); the URL must pass the outbound URL guard.
/// </summary>
internal sealed class HttpWebhookSender(HttpClient http, FaxGatewaySettings settings, ISecretStore secrets, TimeProvider time)
    : IWebhookSender
{
    /// <summary>The named HTTP client this sender uses; it connects through <see cref="GuardedConnection"/>.</summary>
    public const string HttpClientName = "webhooks";

    public async Task<WebhookDeliveryResult> SendAsync(Webhook webhook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        if (UrlPolicy.Refusal(webhook.CallbackUrl, settings.AllowInsecureUrls) is { } refusal)
        {
            return WebhookDeliveryResult.Refused($"the callback URL {refusal}");
        }

        using var request = await CreateRequestAsync(webhook, cancellationToken);
        using var timeout = new CancellationTokenSource(settings.WebhookTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return WebhookDeliveryResult.Answered((int)response.StatusCode, RetryAfter(response));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return WebhookDeliveryResult.NoAnswer($"no answer within {settings.WebhookTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException exception) when (OutboundUrlRefusedException.In(exception) is { } refused)
        {
            return WebhookDeliveryResult.Refused($"the callback URL is refused: {refused.Message}");
        }
        catch (HttpRequestException exception)
        {
            // The error kind only: exception messages can carry the host and port.
            return WebhookDeliveryResult.NoAnswer($"request failed ({exception.HttpRequestError})");
        }
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(Webhook webhook, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(webhook.Payload, GatewayJson.WebhookPayload);
        var content = new ByteArrayContent(body);

        // Exactly "application/json", as the original sent it: no charset parameter.
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(webhook.CallbackUrl)) { Content = content };
        if (settings.WebhookSecret is { } secret)
        {
            var signature = WebhookSignature.Parse(await secrets.GetAsync(secret, cancellationToken));
            var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.Add(WebhookSignature.IdHeader, webhook.EventId);
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, signature.Sign(webhook.EventId, timestamp, body));
        }

        return request;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };
}
