using Microsoft.Extensions.Logging;

namespace FaxGateway.Functions;

/// <summary>Every event the Lambda entry points log, with a stable id and name.</summary>
internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Error, "Message {MessageId} on the {Queue} queue failed (receive {ReceiveCount}); reported to SQS for redelivery", EventName = "RecordFailed")]
    public static partial void RecordFailed(ILogger logger, Exception exception, string messageId, string queue, int receiveCount);

    [LoggerMessage(3002, LogLevel.Information, "Message {MessageId} on the {Queue} queue hands its fax, still in progress, to the next run (receive {ReceiveCount})", EventName = "RecordHandedOn")]
    public static partial void RecordHandedOn(ILogger logger, string messageId, string queue, int receiveCount);

    [LoggerMessage(3001, LogLevel.Warning, "Could not delay the next try of message {MessageId}; the queue's visibility timeout applies", EventName = "RetryDelayFailed")]
    public static partial void RetryDelayFailed(ILogger logger, Exception exception, string messageId);
}
