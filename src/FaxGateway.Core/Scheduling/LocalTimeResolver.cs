namespace FaxGateway.Core.Scheduling;

/// <summary>
/// Turns a wall-clock time in a time zone into an instant. Daylight-saving changes make some
/// wall-clock times happen never (spring forward) or twice (fall back); a send window must still
/// open exactly once that day, so these rules pick one instant for every wall-clock time.
/// </summary>
internal static class LocalTimeResolver
{
    // The longest gap any zone has had is a day (Samoa skipped 30 December 2011); stepping a
    // little further than that stops broken zone data from looping forever.
    private static readonly TimeSpan LongestGap = TimeSpan.FromHours(48);

    /// <summary>
    /// The instant <paramref name="local"/> happens in <paramref name="zone"/>, in UTC: a time
    /// skipped by a spring-forward change becomes the first instant after the gap, and a time
    /// repeated by a fall-back change takes its first (earlier) occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var valid = FirstValidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        return new DateTimeOffset(valid, OffsetAt(valid, zone)).ToUniversalTime();
    }

    // Transitions happen on whole minutes in every zone's modern rules, so the first valid
    // minute after a skipped time is the instant the gap ends.
    private static DateTime FirstValidTime(DateTime local, TimeZoneInfo zone)
    {
        var candidate = local;
        while (zone.IsInvalidTime(candidate) && candidate - local < LongestGap)
        {
            candidate = candidate.AddMinutes(1);
        }

        return candidate;
    }

    // Of the two offsets of a repeated time, the larger one is in force first (the clock was
    // still ahead), so it gives the earlier instant.
    private static TimeSpan OffsetAt(DateTime local, TimeZoneInfo zone) =>
        zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
}
