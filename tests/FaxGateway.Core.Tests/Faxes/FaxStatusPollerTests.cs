using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using FaxGateway.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaxGateway.Core.Tests.Faxes;

public sealed class FaxStatusPollerTests
{
    private const string CarrierId = "FX00000000000000000000000000000001";
    private static readonly DateTimeOffset Accepted = new(2026, 11, 3, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Close = TimeSpan.FromSeconds(1);

    // Fine enough for a one-second close spacing to show.
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    private readonly TestClock _time = new(Accepted);
    private FaxGatewaySettings _settings = Builders.Settings();

    [Fact]
    public async Task WaitForFinalStatusAsync_ThreePagesDeliveredAtTheExpectedEnd_SeenWithinTheCloseSpacing()
    {
        var carrier = new ScriptedCarrier(_time, endsAt: Accepted.AddSeconds(3 + 180));

        var final = await WatchAsync(carrier, pages: 3);

        Assert.Equal(CarrierFaxState.Delivered, final.State);
        Assert.InRange(carrier.Reads[^1] - carrier.EndsAt, TimeSpan.Zero, Close);
        Assert.Equal(carrier.Reads[^1], _time.GetUtcNow());
    }

    [Theory]
    [InlineData(1, 63.2, CarrierFaxState.Delivered, "delivered")]
    [InlineData(2, 123.2, CarrierFaxState.Delivered, "delivered")]
    [InlineData(3, 183.2, CarrierFaxState.Delivered, "delivered")]
    [InlineData(4, 243.2, CarrierFaxState.Delivered, "delivered")]
    [InlineData(1, 6.1, CarrierFaxState.FailedRetryable, "busy")]
    [InlineData(4, 6.1, CarrierFaxState.FailedRetryable, "busy")]
    [InlineData(2, 48.1, CarrierFaxState.FailedRetryable, "no-answer")]
    public async Task WaitForFinalStatusAsync_SimulatorTimings_ReadNoMoreOftenThanFixedMode(int pages, double endSeconds, CarrierFaxState state, string status)
    {
        var adaptive = new ScriptedCarrier(_time, Accepted.AddSeconds(endSeconds), state, status);
        await WatchAsync(adaptive, pages);
        var clock = new TestClock(Accepted);
        var original = new ScriptedCarrier(clock, Accepted.AddSeconds(endSeconds), state, status);
        await WatchAsync(original, pages, Fixed(_settings), clock);

        Assert.InRange(adaptive.Reads.Count, 1, original.Reads.Count);
        if (state == CarrierFaxState.Delivered)
        {
            Assert.InRange(adaptive.Reads[^1] - adaptive.EndsAt, TimeSpan.Zero, Close);
            Assert.True(original.Reads[^1] - original.EndsAt > 5 * Close, "fixed mode sees it up to an interval late");
        }
    }

    [Fact]
    public async Task WaitForFinalStatusAsync_FaxRunsFiveMinutesLong_ReadsBackOffToTheIntervalAndStayThere()
    {
        var expectedEnd = Accepted.AddSeconds(3 + 120);
        var carrier = new ScriptedCarrier(_time, expectedEnd.AddMinutes(5));

        var final = await WatchAsync(carrier, pages: 2);

        Assert.Equal(CarrierFaxState.Delivered, final.State);
        var late = carrier.Reads.Where(read => read > expectedEnd.AddSeconds(2.5)).ToList();
        var gaps = late.Zip(late.Skip(1), (a, b) => b - a).ToList();
        Assert.Equal([4, 8], gaps.Take(2).Select(gap => gap.TotalSeconds));
        Assert.All(gaps.Skip(2), gap => Assert.Equal(_settings.PollInterval, gap));
        Assert.InRange(late.Count, 5 * 60 / 15, (5 * 60 / 15) + 4);
        Assert.InRange(carrier.Reads[^1] - carrier.EndsAt, TimeSpan.Zero, _settings.PollInterval);
    }

    [Fact]
    public async Task WaitForFinalStatusAsync_FixedMode_ReadsEveryIntervalFromTheStartAsBefore()
    {
        _settings = Fixed(_settings);
        _time.Advance(TimeSpan.FromSeconds(2));
        var carrier = new ScriptedCarrier(_time, Accepted.AddSeconds(3 + 60));

        await WatchAsync(carrier, pages: 1);

        Assert.Equal([17, 32, 47, 62, 77], carrier.Reads.Select(read => (read - Accepted).TotalSeconds));
    }

    [Fact]
    public async Task WaitForFinalStatusAsync_StillOnTheLineAtMaxDuration_CancelsOnceAndReportsATimeout()
    {
        _settings = _settings with { AttemptMaxDuration = TimeSpan.FromSeconds(100) };
        var carrier = new ScriptedCarrier(_time, Accepted.AddSeconds(3 + 240)) { EndsWhenCanceled = true };

        var final = await WatchAsync(carrier, pages: 4);

        Assert.Equal((CarrierFaxState.FailedRetryable, FaxStatusPoller.TimeoutStatus), (final.State, final.Status));
        Assert.Equal([Accepted.AddSeconds(100)], carrier.Cancels);
        Assert.Contains(Accepted.AddSeconds(100), carrier.Reads);
        Assert.Equal(Accepted.AddSeconds(115), carrier.Reads[^1]);
    }

    [Fact]
    public async Task WaitForFinalStatusAsync_AtTheRunDeadline_ComesBackPendingAfterOneLastRead()
    {
        var carrier = new ScriptedCarrier(_time, Accepted.AddSeconds(3 + 240));

        var final = await WatchAsync(carrier, pages: 4, runDeadline: Accepted.AddSeconds(100));

        Assert.Equal(CarrierFaxState.Pending, final.State);
        Assert.Equal(Accepted.AddSeconds(100), carrier.Reads[^1]);
        Assert.Equal(Accepted.AddSeconds(100), _time.GetUtcNow());
    }

    [Fact]
    public async Task WaitForFinalStatusAsync_PagesUncountedButTheCarrierCountsThem_ReadsCloseToTheEndOfThatCount()
    {
        var carrier = new ScriptedCarrier(_time, Accepted.AddSeconds(3 + 180)) { PagesCounted = 3 };

        await WatchAsync(carrier, pages: null);

        Assert.InRange(carrier.Reads[^1] - carrier.EndsAt, TimeSpan.Zero, Close);
    }

    [Fact]
    public async Task WaitForFinalStatusAsync_PagesUnknown_PlansOnePageThenBacksOffToTheInterval()
    {
        var carrier = new ScriptedCarrier(_time, Accepted.AddSeconds(3 + 240));

        await WatchAsync(carrier, pages: null);

        Assert.InRange(carrier.Reads[^1] - carrier.EndsAt, TimeSpan.Zero, _settings.PollInterval);
        var afterOnePage = carrier.Reads.Count(read => read > Accepted.AddSeconds(63 + 60));
        Assert.InRange(afterOnePage, 120 / 15, (120 / 15) + 1);
    }

    [Fact]
    public async Task WaitForFinalStatusAsync_EarlyReadFails_TakesTheNextSlotAndCarriesOn()
    {
        var carrier = new ScriptedCarrier(_time, Accepted.AddSeconds(6.1), CarrierFaxState.FailedRetryable, "busy") { FailFirstRead = true };

        var final = await WatchAsync(carrier, pages: 1);

        Assert.Equal("busy", final.Status);
        Assert.Equal([7, 34.75], carrier.Reads.Select(read => (read - Accepted).TotalSeconds));
    }

    [Fact]
    public async Task WaitForFinalStatusAsync_TimersFireAMomentEarly_NoSlotIsReadTwice()
    {
        // The system clock's timers round to the millisecond; at the demo's speed a close
        // spacing is 17 of them, so a wake-up just short of its slot must not read it again.
        var carrier = new ScriptedCarrier(_time, endsAt: Accepted.AddSeconds(3 + 180 + 0.2));

        await WatchAsync(carrier, pages: 3, timers: new EarlyTimers(_time, TimeSpan.FromMilliseconds(15)));

        Assert.Equal(8, carrier.Reads.Count);
        Assert.All(carrier.Reads.Zip(carrier.Reads.Skip(1), (a, b) => b - a), gap => Assert.True(gap > Close / 2, $"two reads {gap} apart"));
        Assert.InRange(carrier.Reads[^1] - carrier.EndsAt, TimeSpan.Zero, Close);
    }

    private static FaxGatewaySettings Fixed(FaxGatewaySettings settings) =>
        settings with { Polling = settings.Polling with { Mode = PollMode.Fixed } };

    private Task<CarrierFax> WatchAsync(
        ScriptedCarrier carrier,
        int? pages,
        FaxGatewaySettings? settings = null,
        TestClock? clock = null,
        DateTimeOffset? runDeadline = null,
        TimeProvider? timers = null)
    {
        settings ??= _settings;
        clock ??= _time;
        var poller = new FaxStatusPoller(carrier, settings, timers ?? clock, NoFaults.Instance, NullLogger.Instance);
        var start = clock.GetUtcNow();
        return FakeClock.RunAsync(clock, Step, () => poller.WaitForFinalStatusAsync(
            Builders.Fax(),
            new CarrierFax(CarrierId, CarrierFaxState.Pending, "queued"),
            Accepted,
            pages,
            runDeadline ?? start + settings.AttemptTimeout,
            Accepted + settings.AttemptMaxDuration,
            CancellationToken.None));
    }

    /// <summary>The test clock, with every timer firing <paramref name="early"/> before it is due.</summary>
    private sealed class EarlyTimers(TestClock clock, TimeSpan early) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

        public override long GetTimestamp() => clock.GetTimestamp();

        public override long TimestampFrequency => clock.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            clock.CreateTimer(callback, state, dueTime > early ? dueTime - early : dueTime, period);
    }

    /// <summary>A carrier whose fax is on the line until <see cref="EndsAt"/> on the fake clock, then ends as told.</summary>
    private sealed class ScriptedCarrier(
        TimeProvider time, DateTimeOffset endsAt, CarrierFaxState state = CarrierFaxState.Delivered, string status = "delivered") : IFaxCarrier
    {
        private bool _canceled;

        public DateTimeOffset EndsAt { get; } = endsAt;

        public List<DateTimeOffset> Reads { get; } = [];

        public List<DateTimeOffset> Cancels { get; } = [];

        /// <summary>Whether a cancel ends the fax (as <c>canceled</c>) at once.</summary>
        public bool EndsWhenCanceled { get; init; }

        /// <summary>The page count the carrier reports while the fax is on the line.</summary>
        public int? PagesCounted { get; init; }

        /// <summary>Whether the first read fails, as a carrier's 5xx would.</summary>
        public bool FailFirstRead { get; init; }

        public Task<CarrierFax> SendAsync(FaxSendRequest request, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The poller never sends");

        public Task<CarrierFax> GetAsync(string carrierFaxId, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            Reads.Add(now);
            if (FailFirstRead && Reads.Count == 1)
            {
                throw new CarrierException("The fax API failed to read a fax: HTTP 503");
            }

            var fax = _canceled ? new CarrierFax(carrierFaxId, CarrierFaxState.FailedPermanent, "canceled")
                : now >= EndsAt ? new CarrierFax(carrierFaxId, state, status)
                : new CarrierFax(carrierFaxId, CarrierFaxState.Pending, "sending", PagesCounted);
            return Task.FromResult(fax);
        }

        public Task CancelAsync(string carrierFaxId, CancellationToken cancellationToken)
        {
            Cancels.Add(time.GetUtcNow());
            _canceled = EndsWhenCanceled;
            return Task.CompletedTask;
        }
    }
}
