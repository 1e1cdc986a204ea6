namespace FaxGateway.Core.Queues;

/// <summary>
/// Message attributes the gateway puts on a message it moves to a dead-letter queue itself,
/// so whoever looks at the queue sees why without reading logs.
/// </summary>
public static class DeadLetterAttributes
{
    /// <summary>Why the message was dead-lettered, in words.</summary>
    public const string Error = "FaxGatewayError";

    /// <summary>The SQS id of the message the dead-lettered copy came from.</summary>
    public const string SourceMessageId = "FaxGatewaySourceMessageId";
}
