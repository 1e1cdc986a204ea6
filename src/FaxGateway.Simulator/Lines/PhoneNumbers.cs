using System.Text.RegularExpressions;

namespace FaxGateway.Simulator.Lines;

/// <summary>
/// E.164 checks and the masked form that is safe to log. The simulator is the other side of
/// the wire, so it keeps its own copy rather than depending on the gateway's core.
/// </summary>
internal static partial class PhoneNumbers
{
    /// <summary>Digits left visible by <see cref="Mask"/>: enough to tell test numbers apart.</summary>
    private const int VisibleDigits = 4;

    /// <summary>'+', a country code not starting with 0, 7 to 15 digits in all.</summary>
    public static bool IsE164(string? value) => value is not null && E164().IsMatch(value);

    /// <summary>Every character but the last four replaced by '*': <c>+16175551234</c> → <c>********1234</c>.</summary>
    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var visible = Math.Min(VisibleDigits, value.Length / 2);
        return new string('*', value.Length - visible) + value[^visible..];
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex E164();
}
