using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Logging;

/// <summary>
/// Scopes that tag every log line of one message with its ids, written as templates so text
/// logs read "message 1f3c… on Fax" and JSON logs carry <c>MessageId</c> and <c>Queue</c> as fields.
/// </summary>
public static class LogScopes
{
    private static readonly Func<ILogger, string, string, IDisposable?> Message =
        LoggerMessage.DefineScope<string, string>("message {MessageId} on {Queue}");

    private static readonly Func<ILogger, string, IDisposable?> Fax =
        LoggerMessage.DefineScope<string>("fax {FaxId}");

    /// <summary>Every line logged while one queue message is handled.</summary>
    public static IDisposable? ForMessage(ILogger logger, string messageId, string queue) => Message(logger, messageId, queue);

    /// <summary>Every line logged while one fax is handled.</summary>
    public static IDisposable? ForFax(ILogger logger, string faxId) => Fax(logger, faxId);
}
