using System.Collections.Frozen;
using System.Globalization;

namespace FaxGateway.Core.Scheduling;

/// <summary>
/// Reads the text of <c>SEND_WINDOWS</c>: rules separated by <c>;</c>, each
/// <c>PREFIX=DAYS HH:MM-HH:MM TIMEZONE</c>. The value is configuration, but it is treated as
/// hostile: its size is capped, and every bad rule is named with what was expected.
/// </summary>
internal static class SendWindowParser
{
    /// <summary>The longest value read, far above any real list.</summary>
    public const int MaxLength = 10_000;

    /// <summary>The most rules one value may hold.</summary>
    public const int MaxRules = 200;

    private const string Variable = "SEND_WINDOWS";
    private const string RuleShape = "PREFIX=DAYS HH:MM-HH:MM TIMEZONE, such as +1617=Mon-Fri 08:00-17:00 America/New_York";
    private const string DayShape = "daily, a range such as Mon-Fri, or a list such as Mon,Wed,Fri";
    private const string HoursShape = "HH:MM-HH:MM in 24-hour local time, such as 08:00-17:00 or 22:00-06:00 (the end may be 24:00)";
    private const int MaxPrefixDigits = 15;
    private const int MaxZoneIdLength = 64;
    private const int MaxQuotedLength = 80;

    // Indexed by DayOfWeek, so Sun is 0.
    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    private static readonly IReadOnlySet<DayOfWeek> EveryDay = Enum.GetValues<DayOfWeek>().ToFrozenSet();

    /// <summary>The rules in <paramref name="text"/>; each problem found is added to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<SendWindow> Parse(string text, ICollection<string> problems)
    {
        if (text.Length > MaxLength)
        {
            problems.Add($"{Variable} is {text.Length} characters long; at most {MaxLength} are allowed");
            return [];
        }

        // Empty entries are skipped, so a trailing ';' or one rule per line both work.
        var rules = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (rules.Length == 0)
        {
            problems.Add($"{Variable} is set but holds no rule: give rules as {RuleShape}, or unset it to fax at any time");
            return [];
        }

        if (rules.Length > MaxRules)
        {
            problems.Add($"{Variable} has {rules.Length} rules; at most {MaxRules} are allowed");
            return [];
        }

        return ParseRules(rules, problems);
    }

    private static List<SendWindow> ParseRules(string[] rules, ICollection<string> problems)
    {
        var windows = new List<SendWindow>(rules.Length);
        var ruleOfPrefix = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < rules.Length; index++)
        {
            var name = $"{Variable} rule {index + 1} ({Quote(rules[index])})";
            try
            {
                var window = ParseRule(rules[index]);
                if (ruleOfPrefix.TryGetValue(window.Prefix, out var first))
                {
                    // Two rules for one prefix would leave which one applies to chance.
                    problems.Add($"{name}: prefix {window.Prefix} is already given by rule {first}; give each prefix once");
                    continue;
                }

                ruleOfPrefix.Add(window.Prefix, index + 1);
                windows.Add(window);
            }
            catch (FormatException problem)
            {
                problems.Add($"{name}: {problem.Message}");
            }
        }

        return windows;
    }

    private static SendWindow ParseRule(string rule)
    {
        var equals = rule.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            throw new FormatException($"expected {RuleShape}");
        }

        var prefix = ParsePrefix(rule[..equals].Trim());
        var parts = rule[(equals + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            throw new FormatException($"expected three parts after '=', DAYS HH:MM-HH:MM TIMEZONE, separated by spaces (got {parts.Length}); the whole rule is {RuleShape}");
        }

        var days = ParseDays(parts[0]);
        var (opens, closes) = ParseHours(parts[1]);
        var zone = ParseZone(parts[2]);
        return new SendWindow(prefix, days, opens, closes, zone, $"{prefix}={string.Join(' ', parts)}");
    }

    private static string ParsePrefix(string prefix)
    {
        var digits = prefix.Length - 1;
        if (!prefix.StartsWith('+') || digits is < 1 or > MaxPrefixDigits || prefix.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            throw new FormatException($"prefix {Quote(prefix)} must be '+' and 1 to {MaxPrefixDigits} digits, such as +1617 or +16175551234");
        }

        return prefix;
    }

    private static IReadOnlySet<DayOfWeek> ParseDays(string days)
    {
        if (days.Equals("daily", StringComparison.OrdinalIgnoreCase))
        {
            return EveryDay;
        }

        var hasRange = days.Contains('-', StringComparison.Ordinal);
        if (hasRange && days.Contains(',', StringComparison.Ordinal))
        {
            throw new FormatException($"days {Quote(days)} must be {DayShape}, not a range and a list at once");
        }

        return hasRange ? ParseDayRange(days) : ParseDayList(days);
    }

    // A range runs forward through the week, so Fri-Mon is Fri, Sat, Sun and Mon.
    private static FrozenSet<DayOfWeek> ParseDayRange(string days)
    {
        var ends = days.Split('-');
        if (ends.Length != 2)
        {
            throw new FormatException($"days {Quote(days)} must be {DayShape}");
        }

        var (first, last) = (ParseDay(days, ends[0]), ParseDay(days, ends[1]));
        if (first == last)
        {
            // Mon-Mon could mean one day or the whole week; make the writer say which.
            throw new FormatException($"days {Quote(days)} start and end on the same day; write the one day alone, or daily for every day");
        }

        var set = new HashSet<DayOfWeek> { first };
        var day = first;
        while (day != last)
        {
            day = (DayOfWeek)(((int)day + 1) % 7);
            set.Add(day);
        }

        return set.ToFrozenSet();
    }

    private static FrozenSet<DayOfWeek> ParseDayList(string days)
    {
        var set = new HashSet<DayOfWeek>();
        foreach (var name in days.Split(','))
        {
            if (!set.Add(ParseDay(days, name)))
            {
                throw new FormatException($"days {Quote(days)} name {Quote(name)} twice");
            }
        }

        return set.ToFrozenSet();
    }

    private static DayOfWeek ParseDay(string days, string name)
    {
        var index = Array.FindIndex(DayNames, day => day.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            throw new FormatException($"days {Quote(days)}: {Quote(name)} is not a day; days are Mon, Tue, Wed, Thu, Fri, Sat and Sun, given as {DayShape}");
        }

        return (DayOfWeek)index;
    }

    private static (TimeSpan Opens, TimeSpan Closes) ParseHours(string hours)
    {
        var ends = hours.Split('-');
        if (ends.Length != 2
            || ParseTime(ends[0], allowMidnightEnd: false) is not { } opens
            || ParseTime(ends[1], allowMidnightEnd: true) is not { } closes)
        {
            throw new FormatException($"hours {Quote(hours)} must be {HoursShape}");
        }

        // An empty window and a whole day would both be written this way; 00:00-24:00 says the latter.
        if (opens == closes)
        {
            throw new FormatException($"hours {Quote(hours)} open and close at the same time; for the whole day write 00:00-24:00");
        }

        return (opens, closes);
    }

    // Exactly HH:MM, so 8:00 or 08:00:00 is refused rather than guessed at.
    private static TimeSpan? ParseTime(string text, bool allowMidnightEnd)
    {
        if (text.Length != 5 || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || minute > 59)
        {
            return null;
        }

        var isMidnightEnd = allowMidnightEnd && hour == 24 && minute == 0;
        return hour <= 23 || isMidnightEnd ? new TimeSpan(hour, minute, 0) : null;
    }

    private static TimeZoneInfo ParseZone(string id)
    {
        // The runtime caches zones under ids compared ignoring case, so whether america/new_york
        // is found would depend on what was looked up before; only the exact id is accepted.
        if (!LooksLikeZoneId(id) || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) || zone.Id != id)
        {
            throw new FormatException($"time zone {Quote(id)} is not a known IANA time zone id (case matters), such as America/New_York or Europe/London");
        }

        return zone;
    }

    // Only the characters of IANA ids, so the id can never be a path out of the zone directory;
    // and not the files beside the zones, which name this machine's zone rather than a place's.
    private static bool LooksLikeZoneId(string id) =>
        id.Length <= MaxZoneIdLength && !id.StartsWith('/') && !id.Contains("..", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+')
        && id is not ("localtime" or "posixrules");

    // Problems end up in logs: keep what is quoted from the value short and printable.
    private static string Quote(string text)
    {
        var shown = text.Length > MaxQuotedLength ? string.Concat(text.AsSpan(0, MaxQuotedLength - 3), "...") : text;
        return $"'{string.Concat(shown.Select(c => char.IsControl(c) ? '?' : c))}'";
    }
}
