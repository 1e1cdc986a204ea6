namespace FaxGateway.Core.Webhooks;

/// <summary>How one callback delivery ended.</summary>
public enum WebhookOutcome
{
    /// <summary>The receiver answered 2xx: done.</summary>
    Delivered,

    /// <summary>The receiver answered 410 Gone: it wants no more of this event, so it is not retried.</summary>
    Gone,

    /// <summary>The callback URL is refused by the outbound URL guard: never retried, moved to the webhook dead-letter queue.</summary>
    Refused,

    /// <summary>Any other answer, or none: retried later on a growing schedule.</summary>
    Failed,
}
