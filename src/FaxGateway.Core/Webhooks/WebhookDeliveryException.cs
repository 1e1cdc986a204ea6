using FaxGateway.Core.Hosting;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// A callback was not accepted. Thrown so the host reports the message as failed and SQS
/// delivers it again after <see cref="RetryAfter"/>, until the webhook queue's receive count
/// sends it to its dead-letter queue.
/// </summary>
public sealed class WebhookDeliveryException : Exception, IRetryLater
{
    public WebhookDeliveryException()
    {
    }

    public WebhookDeliveryException(string message)
        : base(message)
    {
    }

    public WebhookDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WebhookDeliveryException(string faxId, WebhookDeliveryResult result, TimeSpan retryAfter)
        : base($"Callback for fax '{faxId}' was not accepted: {result?.Detail}")
    {
        Result = result;
        RetryAfter = retryAfter;
    }

    /// <summary>What the receiver answered.</summary>
    public WebhookDeliveryResult? Result { get; }

    /// <summary>How long to wait before the next try.</summary>
    public TimeSpan RetryAfter { get; } = WebhookRetrySchedule.Default.DelayAfter(1);
}
