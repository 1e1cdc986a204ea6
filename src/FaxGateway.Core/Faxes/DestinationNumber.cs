extern alias libphonenumber;

using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using libphonenumber::PhoneNumbers;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// Turns the <c>to</c> of a fax request into the one E.164 form the gateway uses everywhere
/// (carrier call, FIFO message group, logs), with libphonenumber. Common unambiguous spellings
/// ("(617) 555-1234" with the default region US) are normalised; numbers that cannot be a
/// fax destination are refused with the reason.
/// </summary>
public static partial class DestinationNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly ShortNumberInfo ShortNumbers = ShortNumberInfo.GetInstance();

    /// <summary>Whether libphonenumber knows <paramref name="region"/> (a two-letter region code such as US).</summary>
    public static bool IsKnownRegion(string region) => Util.GetSupportedRegions().Contains(region);

    /// <summary>Normalises <paramref name="raw"/> or says, in <paramref name="problem"/>, why it cannot be faxed.</summary>
    public static bool TryNormalise(
        string raw, string defaultRegion, [NotNullWhen(true)] out string? e164, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(raw);
        e164 = null;
        problem = Refusal(raw, defaultRegion, out var number);
        if (problem is null)
        {
            e164 = Util.Format(number, PhoneNumberFormat.E164);
        }

        return problem is null;
    }

    [GeneratedRegex(@"(?:\b(?:ext|extn|extension|x)\.?|#)\s*\d+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Extension();

    private static string? Refusal(string raw, string defaultRegion, out PhoneNumber number)
    {
        number = new PhoneNumber();
        var text = raw.Trim();

        if (text.Length == 0)
        {
            return "is empty";
        }

        // A fax machine has no one to dial an extension; say so rather than "letters".
        if (Extension().IsMatch(text))
        {
            return "must not have an extension";
        }

        // libphonenumber reads letters as a keypad would (1-800-FLOWERS); a fax request with
        // letters in its number is a mistake, not a vanity number.
        if (text.Any(char.IsLetter))
        {
            return "must not contain letters";
        }

        if (ShortNumbers.IsEmergencyNumber(text, defaultRegion))
        {
            return "is an emergency number";
        }

        try
        {
            number = Util.Parse(text, defaultRegion);
        }
        catch (NumberParseException)
        {
            return "is not a phone number";
        }

        return number.HasExtension ? "must not have an extension"
            : !Util.IsValidNumber(number) ? "is not a valid phone number (wrong length or not in use)"
            : Util.GetNumberType(number) == PhoneNumberType.PREMIUM_RATE ? "is a premium-rate number"
            : null;
    }
}
