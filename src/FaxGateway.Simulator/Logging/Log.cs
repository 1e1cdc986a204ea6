namespace FaxGateway.Simulator.Logging;

/// <summary>
/// Every event the simulator logs, with a stable id and name. Numbers are masked; media URLs,
/// credentials and request bodies never appear.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Fax simulator listening on {BaseUrl}", EventName = "SimulatorListening")]
    public static partial void SimulatorListening(ILogger logger, Uri baseUrl);

    [LoggerMessage(2001, LogLevel.Information, "Fax {FaxSid} to {Destination} queued", EventName = "FaxQueued")]
    public static partial void FaxQueued(ILogger logger, string faxSid, string destination);

    [LoggerMessage(2002, LogLevel.Information, "Fax {FaxSid} failed before dialling: {Reason}", EventName = "FaxMediaRejected")]
    public static partial void FaxMediaRejected(ILogger logger, string faxSid, string reason);

    [LoggerMessage(2003, LogLevel.Information, "Fax {FaxSid} call to {Destination} ended {CallOutcome} ({PagesSent} of {Pages} pages)", EventName = "CallEnded")]
    public static partial void CallEnded(ILogger logger, string faxSid, string destination, string callOutcome, int pagesSent, int pages);

    [LoggerMessage(2004, LogLevel.Information, "Fax {FaxSid} canceled through the API", EventName = "FaxCanceled")]
    public static partial void FaxCanceled(ILogger logger, string faxSid);

    [LoggerMessage(2005, LogLevel.Information, "Line {Destination} now scripted as {LineScript}", EventName = "LineScriptSet")]
    public static partial void LineScriptSet(ILogger logger, string destination, string lineScript);

    [LoggerMessage(2006, LogLevel.Information, "Rejected {Method} {Path}: missing or wrong credentials", EventName = "AuthenticationFailed")]
    public static partial void AuthenticationFailed(ILogger logger, string method, string path);

    [LoggerMessage(2007, LogLevel.Error, "Fax {FaxSid} hit a simulator fault and ended failed", EventName = "FaxLifecycleFault")]
    public static partial void FaxLifecycleFault(ILogger logger, Exception exception, string faxSid);

    [LoggerMessage(2008, LogLevel.Information, "Answered {Method} {Path} with an injected HTTP {StatusCode}", EventName = "FaultInjected")]
    public static partial void FaultInjected(ILogger logger, string method, string path, int statusCode);
}
