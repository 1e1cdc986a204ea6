using Amazon.SQS.Model;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// Writes one message in full for <c>faxgw dlq show</c>: what the list shows, then every SQS
/// attribute, every message attribute and the body, all redacted (<see cref="MessageRedaction"/>).
/// </summary>
internal static class DeadLetterDetails
{
    public static void Write(TextWriter output, DeadLetterQueue queue, Message message)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(message);
        var summary = DeadLetterMessage.From(message);
        output.WriteLine($"Message     {summary.MessageId}");
        output.WriteLine($"Queue       {queue.Label}");
        output.WriteLine($"Fax ID      {summary.FaxId}");
        output.WriteLine($"To          {summary.Destination}");
        output.WriteLine($"First seen  {DeadLetterMessage.Format(summary.FirstSeen)}");
        output.WriteLine($"Receives    {summary.ReceiveCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? DeadLetterMessage.Unknown}");
        output.WriteLine($"Why         {summary.Reason}");
        output.WriteLine();
        output.WriteLine("Attributes:");
        WriteList(output, (message.Attributes ?? []).Select(pair => (pair.Key, SystemAttribute(pair.Key, pair.Value))));
        output.WriteLine("Message attributes:");
        WriteList(output, (message.MessageAttributes ?? []).Select(pair => (pair.Key, MessageAttribute(pair.Value))));
        output.WriteLine("Body (URL query strings removed, phone numbers masked):");
        output.WriteLine(ConsoleText.Safe(MessageRedaction.Body(message.Body ?? string.Empty), keepLineBreaks: true));
    }

    private static void WriteList(TextWriter output, IEnumerable<(string Name, string Value)> entries)
    {
        var list = entries.OrderBy(entry => entry.Name, StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            output.WriteLine("  (none)");
        }

        var width = list.Count == 0 ? 0 : list.Max(entry => entry.Name.Length);
        foreach (var (name, value) in list)
        {
            output.WriteLine($"  {ConsoleText.Safe(name).PadRight(width)}  {value}");
        }

        output.WriteLine();
    }

    private static string SystemAttribute(string name, string value)
    {
        // The fax queue's message group is the destination number, in whatever form upstream sent it.
        var shown = name == "MessageGroupId" && value.Any(char.IsAsciiDigit) ? MessageRedaction.Number(value) : MessageRedaction.Text(value);
        if (name.EndsWith("Timestamp", StringComparison.Ordinal) && DeadLetterMessage.ParseTimestamp(value) is { } time)
        {
            shown += $" ({DeadLetterMessage.Format(time)})";
        }

        return ConsoleText.Safe(shown);
    }

    private static string MessageAttribute(MessageAttributeValue value) => value.StringValue is { } text
        ? $"({ConsoleText.Safe(value.DataType ?? "String")}) {ConsoleText.Safe(MessageRedaction.Text(text))}"
        : $"({ConsoleText.Safe(value.DataType ?? "Binary")}) {value.BinaryValue?.Length ?? 0} bytes";
}
