using FaxGateway.Core.Faxes;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Metrics;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// Delivers one queued callback. A 2xx answer is done; anything else throws
/// <see cref="WebhookDeliveryException"/> so SQS redelivers the message later.
/// </summary>
public sealed class WebhookProcessor(IWebhookSender sender, IGatewayMetrics metrics, ILogger<WebhookProcessor> logger)
{
    /// <summary>POSTs the callback and returns when the receiver has accepted it.</summary>
    public async Task ProcessAsync(Webhook webhook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var payload = webhook.Payload;
        var result = await sender.SendAsync(webhook, cancellationToken);
        var status = payload.Status.ToWire();
        metrics.CallbackFinished(result.Delivered);
        if (!result.Delivered)
        {
            Log.WebhookFailed(logger, status, payload.FaxId, result.Detail);
            throw new WebhookDeliveryException(payload.FaxId, result);
        }

        Log.WebhookDelivered(logger, status, payload.FaxId, result.StatusCode ?? 0);
    }
}
