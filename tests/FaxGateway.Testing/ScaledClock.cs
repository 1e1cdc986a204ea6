using System.Diagnostics;

namespace FaxGateway.Testing;

/// <summary>
/// The real clock, running <paramref name="scale"/> times faster: every timer and delay is divided
/// by it, and now and timestamps move that much faster. For code that waits on the clock and on
/// real I/O at once (carrier retries against a live simulator), where a fake clock stepped by
/// the test would race the I/O. A 30-second timeout at scale 20 still allows 1.5 real seconds.
/// </summary>
public sealed class ScaledClock(double scale) : TimeProvider
{
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow;
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _start + (Stopwatch.GetElapsedTime(_startTimestamp) * scale);

    public override long GetTimestamp() => _startTimestamp + (long)((Stopwatch.GetTimestamp() - _startTimestamp) * scale);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, Shrink(dueTime), Shrink(period));

    private TimeSpan Shrink(TimeSpan duration) =>
        duration == Timeout.InfiniteTimeSpan || duration <= TimeSpan.Zero ? duration : duration / scale;
}
