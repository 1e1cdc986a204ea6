namespace FaxGateway.Testing;

/// <summary>
/// A fake clock that knows whether anything is waiting on it. <see cref="FakeClock.RunAsync{T}"/>
/// moves time only while some timer is armed, so the code under test is never caught between
/// two waits: every timestamp it takes is exact.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _armed;

    /// <summary>One-shot timers that are set and have not fired yet.</summary>
    public int ArmedTimers => Volatile.Read(ref _armed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this);
        tracked.Arm(dueTime, period);
        tracked.Inner = base.CreateTimer(s => tracked.Fire(callback, s), state, dueTime, period);
        return tracked;
    }

    private sealed class TrackedTimer(TestClock clock) : ITimer
    {
        private readonly Lock _gate = new();
        private bool _armed;
        private bool _periodic;

        public ITimer Inner { get; set; } = null!;

        public void Arm(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                _periodic = period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero;
                Set(dueTime != Timeout.InfiniteTimeSpan && !_periodic);
            }
        }

        public void Fire(TimerCallback callback, object? state)
        {
            lock (_gate)
            {
                if (!_periodic)
                {
                    Set(false);
                }
            }

            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Arm(dueTime, period);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            lock (_gate)
            {
                Set(false);
            }

            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Set(bool armed)
        {
            if (armed != _armed)
            {
                _armed = armed;
                Interlocked.Add(ref clock._armed, armed ? 1 : -1);
            }
        }
    }
}
