using System.Text.RegularExpressions;

namespace FaxGateway.Core.Faxes;

/// <summary>Phone-number checks and the masked form that is safe to log.</summary>
public static partial class PhoneNumbers
{
    /// <summary>Digits left visible by <see cref="Mask"/>: enough to tell numbers apart in a log.</summary>
    public const int VisibleDigits = 4;

    /// <summary>Whether <paramref name="value"/> is an E.164 number: '+', a country code not starting with 0, 7 to 15 digits.</summary>
    public static bool IsE164(string? value) => value is not null && E164().IsMatch(value);

    /// <summary>
    /// The number with every character but the last four replaced by '*', so a log line never
    /// holds a full number (<c>+16175551234</c> becomes <c>********1234</c>).
    /// </summary>
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
