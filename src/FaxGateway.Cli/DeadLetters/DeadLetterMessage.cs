using System.Globalization;
using Amazon.SQS.Model;
using FaxGateway.Core.Queues;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// One dead-lettered message as <c>faxgw dlq list</c> shows it. Every text is already redacted
/// and safe to print: no URL, no full phone number, no terminal control characters.
/// </summary>
/// <param name="MessageId">SQS's message id.</param>
/// <param name="FaxId">The fax id from the body, or <see cref="Unknown"/>.</param>
/// <param name="Destination">The masked destination (<c>********1234</c>), or <see cref="Unknown"/> (webhook messages have none).</param>
/// <param name="FirstSeen">The earlier of SQS's <c>SentTimestamp</c> and <c>ApproximateFirstReceiveTimestamp</c>.</param>
/// <param name="ReceiveCount">SQS's <c>ApproximateReceiveCount</c>, reading by these tools included.</param>
/// <param name="Reason">Why it is here: the gateway's <c>FaxGatewayError</c> attribute, or <see cref="ReceiveCountExceeded"/>.</param>
internal sealed record DeadLetterMessage(
    string MessageId, string FaxId, string Destination, DateTimeOffset? FirstSeen, int? ReceiveCount, string Reason)
{
    public const string Unknown = "-";

    /// <summary>
    /// The reason for a message without the gateway's own attribute: SQS moves a message to a
    /// DLQ when it has been received more than the source queue's <c>maxReceiveCount</c> times.
    /// </summary>
    public const string ReceiveCountExceeded = "receive count exceeded (moved by SQS)";

    public static DeadLetterMessage From(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = DeadLetterBody.Read(message.Body);
        return new DeadLetterMessage(
            ConsoleText.Safe(message.MessageId),
            body.FaxId is { } faxId ? ConsoleText.Safe(MessageRedaction.Text(faxId)) : Unknown,
            body.Destination is { } to ? ConsoleText.Safe(MessageRedaction.Number(to)) : Unknown,
            FirstSeenOf(message),
            int.TryParse(Attribute(message, "ApproximateReceiveCount"), CultureInfo.InvariantCulture, out var count) ? count : null,
            ReasonOf(message));
    }

    /// <summary>A timestamp as the tools print it: ISO 8601, UTC, to the second.</summary>
    public static string Format(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? Unknown;

    /// <summary>An SQS timestamp attribute (milliseconds since 1970) as a time, if it is one.</summary>
    public static DateTimeOffset? ParseTimestamp(string? milliseconds) =>
        long.TryParse(milliseconds, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    private static DateTimeOffset? FirstSeenOf(Message message)
    {
        var sent = ParseTimestamp(Attribute(message, "SentTimestamp"));
        var firstReceived = ParseTimestamp(Attribute(message, "ApproximateFirstReceiveTimestamp"));
        return sent is { } s && firstReceived is { } r ? (s < r ? s : r) : sent ?? firstReceived;
    }

    private static string ReasonOf(Message message) =>
        message.MessageAttributes?.GetValueOrDefault(DeadLetterAttributes.Error)?.StringValue is { Length: > 0 } error
            ? ConsoleText.Safe(MessageRedaction.Text(error))
            : ReceiveCountExceeded;

    private static string? Attribute(Message message, string name) => message.Attributes?.GetValueOrDefault(name);
}
