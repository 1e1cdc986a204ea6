using FaxGateway.Core.Faxes;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// Delivers one queued callback. 2xx is done. 410 Gone means the receiver wants no more of this
/// event: logged, counted, done. A URL the outbound guard refuses is reported back, for the
/// message to be dead-lettered. Anything else throws <see cref="WebhookDeliveryException"/>,
/// which tells the host how long to wait before the next try (<see cref="FaxGatewaySettings.WebhookRetrySchedule"/>).
/// </summary>
public sealed class WebhookProcessor(
    IWebhookSender sender, FaxGatewaySettings settings, IGatewayMetrics metrics, ILogger<WebhookProcessor> logger)
{
    /// <summary>POSTs the callback; <paramref name="receiveCount"/> is how many times this message has been tried, this time included.</summary>
    public async Task<WebhookDeliveryResult> ProcessAsync(Webhook webhook, int receiveCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var payload = webhook.Payload;
        var status = payload.Status.ToWire();
        var result = await sender.SendAsync(webhook, cancellationToken);
        metrics.CallbackFinished(result.Delivered);
        switch (result.Outcome)
        {
            case WebhookOutcome.Delivered:
                Log.WebhookDelivered(logger, status, payload.FaxId, result.StatusCode ?? 0);
                return result;
            case WebhookOutcome.Gone:
                Log.WebhookGone(logger, status, payload.FaxId);
                return result;
            case WebhookOutcome.Refused:
                Log.WebhookRefused(logger, status, payload.FaxId, result.Detail);
                return result;
            default:
                var delay = settings.WebhookRetrySchedule.DelayAfter(receiveCount, result.RetryAfter);
                Log.WebhookFailed(logger, status, payload.FaxId, result.Detail, delay);
                throw new WebhookDeliveryException(payload.FaxId, result, delay);
        }
    }
}
