namespace FaxGateway.Core.Queues;

/// <summary>One message as a host received it, whether from a Lambda SQS event or a poll.</summary>
/// <param name="MessageId">SQS's id for the message.</param>
/// <param name="Body">The raw body, not yet trusted.</param>
/// <param name="ReceiveCount">How many times SQS has handed the message out, this time included.</param>
/// <param name="MessageGroupId">The FIFO message group, on the fax queue.</param>
public sealed record QueueMessage(string MessageId, string Body, int ReceiveCount = 1, string? MessageGroupId = null);
