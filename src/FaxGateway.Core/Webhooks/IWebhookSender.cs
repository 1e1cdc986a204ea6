namespace FaxGateway.Core.Webhooks;

/// <summary>Delivers one callback to the caller's URL.</summary>
public interface IWebhookSender
{
    /// <summary>
    /// POSTs the payload and reports what the receiver answered. Network failures and timeouts
    /// come back as an undelivered result, not as exceptions.
    /// </summary>
    Task<WebhookDeliveryResult> SendAsync(Webhook webhook, CancellationToken cancellationToken);
}
