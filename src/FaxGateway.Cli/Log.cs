namespace FaxGateway.Cli;

/// <summary>Every event the worker and tools log, with a stable id and name.</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Worker consuming the {Queue} queue with up to {Concurrency} messages at once", EventName = "WorkerQueueStarted")]
    public static partial void WorkerQueueStarted(ILogger logger, string queue, int concurrency);

    [LoggerMessage(2001, LogLevel.Information, "Worker stopped consuming the {Queue} queue", EventName = "WorkerQueueStopped")]
    public static partial void WorkerQueueStopped(ILogger logger, string queue);

    [LoggerMessage(2002, LogLevel.Warning, "Receiving from the {Queue} queue failed; trying again in {Delay}", EventName = "ReceiveFailed")]
    public static partial void ReceiveFailed(ILogger logger, Exception exception, string queue, TimeSpan delay);

    [LoggerMessage(2003, LogLevel.Error, "Message {MessageId} on the {Queue} queue failed (receive {ReceiveCount}); SQS will deliver it again", EventName = "MessageFailed")]
    public static partial void MessageFailed(ILogger logger, Exception exception, string messageId, string queue, int receiveCount);

    [LoggerMessage(2004, LogLevel.Warning, "Message {MessageId} on the {Queue} queue was abandoned at shutdown; SQS will deliver it again", EventName = "MessageAbandoned")]
    public static partial void MessageAbandoned(ILogger logger, string messageId, string queue);

    [LoggerMessage(2005, LogLevel.Warning, "Deleting processed message {MessageId} from the {Queue} queue failed; it may be processed again", EventName = "DeleteFailed")]
    public static partial void DeleteFailed(ILogger logger, Exception exception, string messageId, string queue);

    [LoggerMessage(2006, LogLevel.Warning, "Extending the visibility of message {MessageId} failed", EventName = "VisibilityExtensionFailed")]
    public static partial void VisibilityExtensionFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(2008, LogLevel.Information, "Message {MessageId} on the {Queue} queue hands its fax, still in progress, to the next run (receive {ReceiveCount})", EventName = "MessageHandedOn")]
    public static partial void MessageHandedOn(ILogger logger, string messageId, string queue, int receiveCount);

    [LoggerMessage(2007, LogLevel.Critical, "The worker stopped: {ErrorType}: {Error}", EventName = "WorkerFailed")]
    public static partial void WorkerFailed(ILogger logger, string errorType, string error);
}
