namespace FaxGateway.Core.Scheduling;

/// <summary>
/// One rule of <c>SEND_WINDOWS</c>: numbers starting with <see cref="Prefix"/> may be faxed from
/// <see cref="Opens"/> to <see cref="Closes"/>, wall-clock time in <see cref="Zone"/>, in windows
/// that open on <see cref="Days"/>. Built only by <see cref="SendWindowParser"/>, which checks every part.
/// </summary>
public sealed class SendWindow
{
    private readonly string _text;

    internal SendWindow(string prefix, IReadOnlySet<DayOfWeek> days, TimeSpan opens, TimeSpan closes, TimeZoneInfo zone, string text)
    {
        Prefix = prefix;
        Days = days;
        Opens = opens;
        Closes = closes;
        Zone = zone;
        _text = text;
    }

    /// <summary>The E.164 prefix (<c>+</c> and 1 to 15 digits) of the numbers the rule covers.</summary>
    public string Prefix { get; }

    /// <summary>The days, of the local date, on which a window opens.</summary>
    public IReadOnlySet<DayOfWeek> Days { get; }

    /// <summary>The local time of day the window opens.</summary>
    public TimeSpan Opens { get; }

    /// <summary>
    /// The local time of day the window closes, up to 24:00. Earlier than <see cref="Opens"/>,
    /// the window runs past midnight and closes the next day.
    /// </summary>
    public TimeSpan Closes { get; }

    /// <summary>The time zone <see cref="Opens"/> and <see cref="Closes"/> are read in.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Null when <paramref name="now"/> is inside a window; otherwise when the next one opens, in UTC.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);

        // Yesterday's window may run past midnight into today. Windows open in date order, so
        // the first that has not closed either holds now or is the next to open; eight days
        // ahead always reaches a listed day, even past a date a zone skipped.
        for (var date = today.AddDays(-1); date <= today.AddDays(8); date = date.AddDays(1))
        {
            if (!Days.Contains(date.DayOfWeek))
            {
                continue;
            }

            var (opens, closes) = WindowOn(date);
            if (closes <= opens)
            {
                continue;
            }

            if (now < opens)
            {
                return opens;
            }

            if (now < closes)
            {
                return null;
            }
        }

        throw new InvalidOperationException($"The send window {this} has no opening within a week of {now:O}");
    }

    /// <summary>The rule as it was configured.</summary>
    public override string ToString() => _text;

    // A window whose hours all fall in a spring-forward gap opens and closes at the same
    // instant: it does not happen that day, so the caller skips it rather than wait for it.
    private (DateTimeOffset Opens, DateTimeOffset Closes) WindowOn(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        var closesDay = Closes < Opens ? midnight.AddDays(1) : midnight;
        return (LocalTimeResolver.ToInstant(midnight + Opens, Zone), LocalTimeResolver.ToInstant(closesDay + Closes, Zone));
    }
}
