using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Scheduling;

/// <summary>
/// The hours each destination may be faxed (<c>SEND_WINDOWS</c>); none means any time. A number
/// follows the rule with the longest prefix it starts with, and numbers no rule covers may be
/// faxed at any time.
/// </summary>
/// <remarks>
/// <para>
/// The value is rules separated by <c>;</c>, each <c>PREFIX=DAYS HH:MM-HH:MM TIMEZONE</c>, such as
/// <c>+1617=Mon-Fri 08:00-17:00 America/New_York; +44=Mon-Fri 09:00-17:00 Europe/London</c>.
/// PREFIX is <c>+</c> and 1 to 15 digits (a whole number is a prefix too), each given once.
/// DAYS is <c>daily</c>, a range (<c>Mon-Fri</c>, or wrapping, <c>Fri-Mon</c>) or a list
/// (<c>Mon,Wed,Fri</c>), of the local date on which a window opens. The hours are 24-hour local
/// time; the end may be <c>24:00</c>, and an end before the start runs past midnight
/// (<c>22:00-06:00</c>). TIMEZONE is an IANA id. At most 200 rules and 10,000 characters.
/// </para>
/// <para>
/// A window time that a spring-forward change skips is the first instant after the gap; a time a
/// fall-back change repeats is its first occurrence (<see cref="LocalTimeResolver"/>).
/// </para>
/// </remarks>
public sealed class SendWindowRules
{
    private readonly IReadOnlyList<SendWindow> _windows;
    private readonly Dictionary<string, SendWindow> _windowOfPrefix;
    private readonly int _longestPrefix;

    private SendWindowRules(IReadOnlyList<SendWindow> windows)
    {
        _windows = windows;
        _windowOfPrefix = windows.ToDictionary(window => window.Prefix, StringComparer.Ordinal);
        _longestPrefix = windows.Count == 0 ? 0 : windows.Max(window => window.Prefix.Length);
    }

    /// <summary>No windows: every destination may be faxed at any time.</summary>
    public static SendWindowRules None { get; } = new([]);

    /// <summary>Whether any rule is set.</summary>
    public bool IsEmpty => _windows.Count == 0;

    /// <summary>The rules, in the order they were configured.</summary>
    public IReadOnlyList<SendWindow> Windows => _windows;

    /// <summary>The rule for <paramref name="number"/> (E.164): the one with the longest prefix it starts with; null when none does.</summary>
    public SendWindow? RuleFor(string number)
    {
        ArgumentNullException.ThrowIfNull(number);

        // Prefixes are "+" and at least one digit, so the shortest worth trying is two characters.
        for (var length = Math.Min(number.Length, _longestPrefix); length >= 2; length--)
        {
            if (_windowOfPrefix.TryGetValue(number[..length], out var window))
            {
                return window;
            }
        }

        return null;
    }

    /// <summary>Null when <paramref name="number"/> may be faxed at <paramref name="now"/>; otherwise when its window next opens, in UTC.</summary>
    public DateTimeOffset? NextOpening(string number, DateTimeOffset now) => RuleFor(number)?.NextOpening(now);

    /// <summary>
    /// Binds <c>SEND_WINDOWS</c>. Any bad rule is reported through <paramref name="reader"/> and
    /// no rule is kept, so the gateway does not start with only some of the windows meant.
    /// </summary>
    public static SendWindowRules Read(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.OptionalString("SEND_WINDOWS");
        if (text is null)
        {
            return None;
        }

        var problems = new List<string>();
        var windows = SendWindowParser.Parse(text, problems);
        problems.ForEach(reader.AddProblem);
        return problems.Count == 0 ? new SendWindowRules(windows) : None;
    }

    /// <summary>The rules as configured, for logs; "any time" when there are none.</summary>
    public override string ToString() => IsEmpty ? "any time" : string.Join("; ", _windows);
}
