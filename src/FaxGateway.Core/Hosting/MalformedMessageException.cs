namespace FaxGateway.Core.Hosting;

/// <summary>
/// A retry- or webhook-queue message the gateway cannot read. Those queues are written only by
/// the gateway, so this means a bug or tampering: the message is failed and SQS's redrive
/// policy moves it to the queue's dead-letter queue for a person to look at.
/// </summary>
public sealed class MalformedMessageException : Exception
{
    public MalformedMessageException()
    {
    }

    public MalformedMessageException(string message)
        : base(message)
    {
    }

    public MalformedMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
