namespace FaxGateway.Core.Webhooks;

/// <summary>
/// A callback was not accepted. Thrown so the host reports the message as failed and SQS
/// delivers it again later, until the webhook queue's receive count sends it to its
/// dead-letter queue.
/// </summary>
public sealed class WebhookDeliveryException : Exception
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

    public WebhookDeliveryException(string faxId, WebhookDeliveryResult result)
        : base($"Callback for fax '{faxId}' was not accepted: {result?.Detail}")
    {
        Result = result;
    }

    /// <summary>What the receiver answered.</summary>
    public WebhookDeliveryResult? Result { get; }
}
