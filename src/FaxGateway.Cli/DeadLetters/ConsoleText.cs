using System.Globalization;
using System.Text;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// Makes text that came from a queue safe to print. Message bodies are written by other
/// programs: an escape sequence in a fax id must not recolour, move or rewrite the operator's
/// terminal, and a bidirectional override must not reorder what they read.
/// </summary>
internal static class ConsoleText
{
    /// <summary>
    /// <paramref name="text"/> with control and bidirectional-formatting characters written as
    /// <c>\uXXXX</c>; <paramref name="keepLineBreaks"/> keeps <c>\n</c> and <c>\t</c> (for bodies).
    /// </summary>
    public static string Safe(string text, bool keepLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unsafeChar = IsUnsafe(c) && !(keepLineBreaks && (c is '\n' or '\t'));
            if (unsafeChar)
            {
                safe ??= new StringBuilder(text, 0, i, text.Length + 16);
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                safe?.Append(c);
            }
        }

        return safe?.ToString() ?? text;
    }

    /// <summary>At most <paramref name="max"/> characters, ending in "..." when cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 3), "...");
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029'
        || c is >= '\u200E' and <= '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
