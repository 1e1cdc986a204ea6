namespace FaxGateway.Core.Webhooks;

/// <summary>
/// A webhook-queue message: where to POST and what (<c>{"callback_url", "payload"}</c>).
/// </summary>
public sealed record Webhook(string CallbackUrl, WebhookPayload Payload);
