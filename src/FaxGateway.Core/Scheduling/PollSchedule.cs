namespace FaxGateway.Core.Scheduling;

/// <summary>
/// When to read the status of one fax the carrier accepted (<see cref="PollMode"/>).
/// </summary>
/// <remarks>
/// <para>
/// Fixed: a read <c>FAX_POLL_INTERVAL</c> after the last one, the original's policy.
/// </para>
/// <para>
/// Adaptive: a fax holds the line for about its pages times <c>FAX_PAGE_SECONDS</c> after the
/// carrier's set-up, so its end can be expected, and reads go where an end is likely instead of
/// every interval. Reads fall on a grid fixed by the accepted time, so a run that resumes a fax
/// handed on by another run carries on the same grid, and a slow or failed read never makes
/// the next one come sooner than its slot. The grid, with S the set-up time, P the page time,
/// I the poll interval and E = accepted + S + pages × P the expected end:
/// </para>
/// <list type="number">
/// <item>One early read P/15 into the call (S + 4 s at 60-second pages), to see the failures
/// that come within seconds of dialling: a busy line, a number not in service. It is never
/// later than I after the acceptance, fixed mode's first read.</item>
/// <item>Sparse reads from there to just before E, in equal gaps of at most 2 × I. Equal gaps
/// give the fewest reads for the longest blind spot allowed (a doubling series would spend
/// them in the first minute), and 2 × I keeps a failure mid-fax (a dropped call, no answer)
/// from going unseen much longer than in fixed mode.</item>
/// <item>Close reads, one spacing C = P/60 apart (1 s at 60-second pages, never more than I),
/// from E − C/2 to E + 5C/2. Their grid is offset by half a spacing so that E itself falls
/// between two reads: a fax ending anywhere near E is seen within C, where a read at E exactly
/// would lose the race against an end a moment late about half the time and wait a whole
/// spacing more.</item>
/// <item>Past that, the fax runs long: the gaps double from 2C up to I and stay at I, so a fax
/// whose pages are slower than expected is watched like in fixed mode, never read every
/// spacing for minutes.</item>
/// </list>
/// <para>
/// Every figure is a fraction of the page time or the poll interval, so the schedule scales
/// with them: the demo and the bench, which divide both by their speed, get the same grid in
/// faster time. At 60-second pages and a 15-second interval a delivered 1-page fax takes 4
/// reads (fixed mode 5), a 4-page fax 10 (fixed mode 17), a busy line 1 (fixed mode 1).
/// </para>
/// </remarks>
public sealed class PollSchedule
{
    /// <summary>Pages assumed when no count is known: the shortest fax, after whose end the gaps back off to the usual interval anyway.</summary>
    public const int PagesWhenUnknown = 1;

    /// <summary>The close spacing is the page time divided by this: 1 s at 60-second pages.</summary>
    internal const int CloseSpacingsPerPage = 60;

    /// <summary>The early read comes the page time divided by this into the call: 4 s at 60-second pages.</summary>
    internal const int EarlyReadsPerPage = 15;

    /// <summary>The longest sparse gap, in poll intervals.</summary>
    internal const int SparseGapIntervals = 2;

    /// <summary>Close reads after the expected end, before the gaps back off.</summary>
    internal const int CloseReadsAfterEnd = 3;

    // Beyond any real document; keeps pages × page time far inside TimeSpan's range.
    private const int MostPages = 10_000;

    private readonly TimeSpan _interval;
    private readonly DateTimeOffset _early;
    private readonly TimeSpan _sparseGap;
    private readonly long _sparseGaps;
    private readonly DateTimeOffset _closeStart;
    private readonly TimeSpan _closeSpacing;
    private readonly DateTimeOffset _closeEnd;

    private PollSchedule(TimeSpan interval)
    {
        Mode = PollMode.Fixed;
        _interval = interval;
    }

    private PollSchedule(PollingSettings polling, TimeSpan interval, DateTimeOffset acceptedAt, int pages)
    {
        Mode = PollMode.Adaptive;
        Pages = pages;
        _interval = interval;
        var page = polling.ExpectedPageTime;
        var setup = polling.ExpectedSetupTime;
        ExpectedEnd = acceptedAt + setup + (page * pages);
        _closeSpacing = Min(page / CloseSpacingsPerPage, interval);
        _closeStart = ExpectedEnd.Value - (_closeSpacing / 2);
        _closeEnd = _closeStart + (_closeSpacing * CloseReadsAfterEnd);

        // Never later than fixed mode's first read, so a fast failure is seen no later than the
        // original saw it, even where the page time is far off (not scaled with the interval, say).
        _early = Min(Min(acceptedAt + setup + (page / EarlyReadsPerPage), acceptedAt + interval), _closeStart);

        // As few equal gaps as keep each within the cap; the last one ends at the first close read.
        var span = (_closeStart - _early).Ticks;
        var cap = (interval * SparseGapIntervals).Ticks;
        _sparseGaps = Math.Max(1, (span + cap - 1) / cap);
        _sparseGap = TimeSpan.FromTicks(Math.Max(1, span / _sparseGaps));
    }

    /// <summary>Fixed or adaptive.</summary>
    public PollMode Mode { get; }

    /// <summary>The page count the adaptive schedule expects (its own guess when none was known); null in fixed mode.</summary>
    public int? Pages { get; }

    /// <summary>When an adaptive schedule expects the fax to end if delivered; null in fixed mode.</summary>
    public DateTimeOffset? ExpectedEnd { get; }

    /// <summary>The spacing of the close reads around <see cref="ExpectedEnd"/>; null in fixed mode.</summary>
    public TimeSpan? CloseSpacing => Mode == PollMode.Adaptive ? _closeSpacing : null;

    /// <summary>The original's schedule: a read every <paramref name="interval"/>.</summary>
    public static PollSchedule Fixed(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        return new PollSchedule(interval);
    }

    /// <summary>
    /// The schedule <paramref name="polling"/> asks for, for a fax of <paramref name="pages"/>
    /// pages (null or not positive: unknown) the carrier accepted at <paramref name="acceptedAt"/>.
    /// </summary>
    public static PollSchedule For(PollingSettings polling, TimeSpan pollInterval, DateTimeOffset acceptedAt, int? pages)
    {
        ArgumentNullException.ThrowIfNull(polling);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pollInterval, TimeSpan.Zero);
        if (polling.Mode == PollMode.Fixed)
        {
            return Fixed(pollInterval);
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(polling.ExpectedPageTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(polling.ExpectedSetupTime, TimeSpan.Zero);
        var count = pages is > 0 ? Math.Min(pages.Value, MostPages) : PagesWhenUnknown;
        return new PollSchedule(polling, pollInterval, acceptedAt, count);
    }

    /// <summary>
    /// When to read next, at <paramref name="now"/>, after the read planned for
    /// <paramref name="planned"/> (null before the first): always later than both. Fixed: one
    /// interval after <paramref name="now"/>, as the original did. Adaptive: the grid's first slot
    /// after both, so slots a slow read overran are skipped, not caught up, and a slot is never
    /// read twice when a timer fires a moment early (the system clock's timers round to the
    /// millisecond, and at the demo's speed a close spacing is only 17 of them).
    /// </summary>
    public DateTimeOffset NextRead(DateTimeOffset now, DateTimeOffset? planned = null)
    {
        if (Mode == PollMode.Fixed)
        {
            return now + _interval;
        }

        if (planned > now)
        {
            now = planned.Value;
        }

        if (now < _early)
        {
            return _early;
        }

        if (now < _closeStart)
        {
            var gap = ((now - _early).Ticks / _sparseGap.Ticks) + 1;
            return gap < _sparseGaps ? _early + TimeSpan.FromTicks(_sparseGap.Ticks * gap) : _closeStart;
        }

        if (now < _closeEnd)
        {
            var spacing = ((now - _closeStart).Ticks / _closeSpacing.Ticks) + 1;
            return _closeStart + TimeSpan.FromTicks(_closeSpacing.Ticks * spacing);
        }

        return BackOff(now);
    }

    /// <summary>Past the close reads: gaps of 2, 4, 8… spacings while shorter than the interval, then the interval.</summary>
    private DateTimeOffset BackOff(DateTimeOffset now)
    {
        var at = _closeEnd;
        for (var gap = _closeSpacing * 2; gap < _interval; gap *= 2)
        {
            at += gap;
            if (at > now)
            {
                return at;
            }
        }

        var intervals = ((now - at).Ticks / _interval.Ticks) + 1;
        return at + TimeSpan.FromTicks(_interval.Ticks * intervals);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
