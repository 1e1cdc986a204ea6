namespace FaxGateway.Simulator.Recording;

/// <summary>
/// The largest number of calls up at one instant, by a sweep over start and end times.
/// Intervals are half-open, so a call that starts the instant another ends does not overlap it;
/// a call still up counts until the end of time.
/// </summary>
public static class CallOverlap
{
    public static int MaxSimultaneous(IEnumerable<CallRecord> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var events = new List<(DateTimeOffset At, int Change)>();
        foreach (var call in calls)
        {
            events.Add((call.StartedAt, +1));
            if (call.EndedAt is { } ended)
            {
                events.Add((ended, -1));
            }
        }

        // Ends sort before starts at the same instant: that is what half-open means.
        events.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Change.CompareTo(b.Change));
        int current = 0, max = 0;
        foreach (var (_, change) in events)
        {
            current += change;
            max = Math.Max(max, current);
        }

        return max;
    }
}
