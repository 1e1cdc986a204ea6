using System.Globalization;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>Writes dead-lettered messages as an aligned table, one message a line.</summary>
internal static class DeadLetterTable
{
    public const int MaxFaxIdWidth = 40;
    private const string Gap = "  ";
    private static readonly string[] Headers = ["MESSAGE ID", "FAX ID", "TO", "FIRST SEEN", "RECEIVES", "WHY"];

    public static void Write(TextWriter output, IReadOnlyList<DeadLetterMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(messages);
        var rows = messages.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length - 1).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            var padded = row.Take(widths.Length).Select((cell, column) => cell.PadRight(widths[column]));
            output.WriteLine(string.Join(Gap, padded.Append(row[^1])));
        }
    }

    private static string[] Cells(DeadLetterMessage message) =>
    [
        message.MessageId,
        ConsoleText.Truncate(message.FaxId, MaxFaxIdWidth),
        message.Destination,
        DeadLetterMessage.Format(message.FirstSeen),
        message.ReceiveCount?.ToString(CultureInfo.InvariantCulture) ?? DeadLetterMessage.Unknown,
        message.Reason,
    ];
}
