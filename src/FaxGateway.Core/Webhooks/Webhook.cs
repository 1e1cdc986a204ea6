using System.Text.Json.Serialization;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// A webhook-queue message: where to POST and what (<c>{"callback_url", "payload"}</c>), with
/// the event's id beside them.
/// </summary>
/// <param name="CallbackUrl">Where the payload goes.</param>
/// <param name="Payload">What is POSTed.</param>
/// <param name="WebhookId">
/// The event's id, sent as the <c>webhook-id</c> header. It is derived from the fax id, status
/// and attempt (<see cref="WebhookIds"/>), so every delivery of one event, including a second
/// copy written after a crash, carries the same id and receivers can drop duplicates.
/// Messages queued before it existed get it computed on delivery.
/// </param>
public sealed record Webhook(
    string CallbackUrl,
    WebhookPayload Payload,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WebhookId = null)
{
    /// <summary>The event id to send: the stored one, or the one derived from the payload.</summary>
    [JsonIgnore]
    public string EventId => WebhookId ?? WebhookIds.For(Payload);
}
