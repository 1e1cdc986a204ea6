using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Scheduling;

public sealed class PollScheduleTests
{
    private static readonly DateTimeOffset Accepted = new(2026, 11, 3, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Close = TimeSpan.FromSeconds(1);
    private static readonly PollingSettings Adaptive = PollingSettings.Default;
    private static readonly PollingSettings FixedMode = new() { Mode = PollMode.Fixed };

    // --- settings -------------------------------------------------------------------------

    [Fact]
    public void Read_Unset_IsAdaptiveWithSixtySecondPagesAndSetUpDerivedFromThem()
    {
        var (polling, problems) = Read([]);

        Assert.Empty(problems);
        Assert.Equal(PollMode.Adaptive, polling.Mode);
        Assert.Equal(TimeSpan.FromSeconds(60), polling.ExpectedPageTime);
        Assert.Null(polling.SetupTime);
        Assert.Equal(TimeSpan.FromSeconds(3), polling.ExpectedSetupTime);
    }

    [Fact]
    public void Read_EveryKnob_BindsIt()
    {
        var (polling, problems) = Read(new() { ["FAX_POLL_MODE"] = "Fixed", ["FAX_PAGE_SECONDS"] = "45", ["FAX_SETUP_SECONDS"] = "12.5" });

        Assert.Empty(problems);
        Assert.Equal(new PollingSettings { Mode = PollMode.Fixed, ExpectedPageTime = TimeSpan.FromSeconds(45), SetupTime = TimeSpan.FromSeconds(12.5) }, polling);
    }

    [Fact]
    public void Read_ScaledPageTime_ScalesTheDefaultSetUp()
    {
        var (polling, _) = Read(new() { ["FAX_PAGE_SECONDS"] = "1" });

        Assert.Equal(TimeSpan.FromSeconds(0.05), polling.ExpectedSetupTime);
    }

    [Theory]
    [InlineData("FAX_SETUP_SECONDS", "-1", "FAX_SETUP_SECONDS must be a number of seconds from 0 to 600 (got '-1')")]
    [InlineData("FAX_PAGE_SECONDS", "0", "FAX_PAGE_SECONDS must be a number of seconds from 0.01 to 600 (got '0')")]
    [InlineData("FAX_POLL_MODE", "smart", "FAX_POLL_MODE must be one of adaptive, fixed (got 'smart')")]
    public void Read_BadValue_NamesTheProblem(string name, string value, string problem)
    {
        var (_, problems) = Read(new() { [name] = value });

        Assert.Equal([problem], problems);
    }

    // --- fixed mode -----------------------------------------------------------------------

    [Fact]
    public void NextRead_FixedMode_IsOneIntervalAfterEachRead()
    {
        var schedule = PollSchedule.For(FixedMode, Interval, Accepted, pages: 3);

        Assert.Equal(PollMode.Fixed, schedule.Mode);
        Assert.Null(schedule.ExpectedEnd);
        Assert.Equal(Accepted.AddSeconds(15), schedule.NextRead(Accepted));
        Assert.Equal(Accepted.AddMilliseconds(17_300), schedule.NextRead(Accepted.AddMilliseconds(2_300)));
        Assert.Equal(Accepted.AddSeconds(1015), schedule.NextRead(Accepted.AddSeconds(1000)));
    }

    // --- the adaptive grid ----------------------------------------------------------------

    [Fact]
    public void NextRead_ThreePages_ReadsEarlyThenSparselyThenCloseAroundTheExpectedEnd()
    {
        var schedule = PollSchedule.For(Adaptive, Interval, Accepted, pages: 3);
        var end = Accepted.AddSeconds(3 + 180);

        var reads = Reads(schedule, until: end.AddSeconds(3));

        Assert.Equal(end, schedule.ExpectedEnd);
        Assert.Equal(Close, schedule.CloseSpacing);
        Assert.Equal(Accepted.AddSeconds(7), reads[0]);
        var sparse = reads.TakeWhile(read => read < end.AddSeconds(-0.5)).ToList();
        Assert.All(Gaps(sparse), gap => Assert.InRange(gap, TimeSpan.FromSeconds(25), 2 * Interval));
        Assert.Equal(
            [end.AddSeconds(-0.5), end.AddSeconds(0.5), end.AddSeconds(1.5), end.AddSeconds(2.5)],
            reads.Skip(sparse.Count));
        Assert.Equal(6 + 4, reads.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(40)]
    public void NextRead_FaxRunsLong_GapsDoubleFromTwoSpacingsToTheIntervalAndStayThere(int pages)
    {
        var schedule = PollSchedule.For(Adaptive, Interval, Accepted, pages);
        var afterCloseReads = schedule.ExpectedEnd!.Value.AddSeconds(2.5);

        var gaps = Gaps([afterCloseReads, .. Reads(schedule, afterCloseReads, until: afterCloseReads.AddMinutes(10))]);

        Assert.Equal([2, 4, 8], gaps.Take(3).Select(gap => gap.TotalSeconds));
        Assert.All(gaps.Skip(3), gap => Assert.Equal(Interval, gap));
    }

    [Fact]
    public void NextRead_AnyTime_IsLaterThanItAndNeverMoreThanTheSparseCapAway()
    {
        var schedule = PollSchedule.For(Adaptive, Interval, Accepted, pages: 4);

        for (var at = Accepted.AddSeconds(-10); at < Accepted.AddMinutes(10); at = at.AddSeconds(0.05))
        {
            var next = schedule.NextRead(at);
            Assert.InRange(next - at, TimeSpan.FromTicks(1), 2 * Interval);
        }
    }

    [Fact]
    public void NextRead_AfterASlowRead_TakesTheNextSlotRatherThanCatchingUp()
    {
        var schedule = PollSchedule.For(Adaptive, Interval, Accepted, pages: 1);

        // The read due at the expected end less half a spacing came back 2.2 spacings later.
        var next = schedule.NextRead(Accepted.AddSeconds(63 - 0.5 + 2.2));

        Assert.Equal(Accepted.AddSeconds(63 + 2.5), next);
    }

    [Fact]
    public void NextRead_WokenJustShortOfThePlannedSlot_GivesTheSlotAfterIt()
    {
        var schedule = PollSchedule.For(Adaptive, Interval, Accepted, pages: 1);
        var slot = Accepted.AddSeconds(63.5);

        var next = schedule.NextRead(slot.AddMilliseconds(-1), planned: slot);

        Assert.Equal(Accepted.AddSeconds(64.5), next);
    }

    [Fact]
    public void NextRead_FixedModeWokenEarly_CountsTheIntervalFromNowAsTheOriginalDid()
    {
        var schedule = PollSchedule.For(FixedMode, Interval, Accepted, pages: 1);

        var next = schedule.NextRead(Accepted.AddMilliseconds(14_999), planned: Accepted.AddSeconds(15));

        Assert.Equal(Accepted.AddMilliseconds(29_999), next);
    }

    [Fact]
    public void NextRead_ResumedByALaterRun_FollowsTheSameGridFromTheAcceptedTime()
    {
        var first = Reads(PollSchedule.For(Adaptive, Interval, Accepted, pages: 20), until: Accepted.AddMinutes(25));
        var handOff = Accepted.AddSeconds(840);

        var resumed = Reads(PollSchedule.For(Adaptive, Interval, Accepted, pages: 20), handOff, until: Accepted.AddMinutes(25));

        Assert.Equal(first.Where(read => read > handOff), resumed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-2)]
    public void For_PagesUnknown_PlansForOnePage(int? pages)
    {
        var schedule = PollSchedule.For(Adaptive, Interval, Accepted, pages);

        Assert.Equal(PollSchedule.PagesWhenUnknown, schedule.Pages);
        Assert.Equal(Accepted.AddSeconds(63), schedule.ExpectedEnd);
    }

    [Fact]
    public void For_SetupTimeGiven_MovesTheEarlyReadAndTheExpectedEnd()
    {
        var polling = Adaptive with { SetupTime = TimeSpan.FromSeconds(20) };
        var schedule = PollSchedule.For(polling, TimeSpan.FromSeconds(30), Accepted, pages: 2);

        Assert.Equal(Accepted.AddSeconds(140), schedule.ExpectedEnd);
        Assert.Equal(Accepted.AddSeconds(24), schedule.NextRead(Accepted));

        // Yet never later than fixed mode's first read.
        Assert.Equal(Accepted.AddSeconds(15), PollSchedule.For(polling, Interval, Accepted, pages: 2).NextRead(Accepted));
    }

    [Fact]
    public void For_PageTimeFarLongerThanTheInterval_ReadsFirstNoLaterThanFixedModeAndThenEveryTwoIntervals()
    {
        // A quarter-second interval with the page time left at a real minute: a setting that
        // forgot to scale one of them still sees a busy line as soon as the original would.
        var interval = TimeSpan.FromSeconds(0.25);
        var schedule = PollSchedule.For(Adaptive, interval, Accepted, pages: 1);

        var reads = Reads(schedule, until: Accepted.AddSeconds(10));

        Assert.Equal(Accepted + interval, reads[0]);
        Assert.All(Gaps(reads), gap => Assert.InRange(gap, interval, 2 * interval));
    }

    [Fact]
    public void For_IntervalShorterThanTheCloseSpacing_ReadsNoFurtherApartThanTheInterval()
    {
        var interval = TimeSpan.FromSeconds(0.4);
        var schedule = PollSchedule.For(Adaptive, interval, Accepted, pages: 2);

        var reads = Reads(schedule, until: Accepted.AddMinutes(5));

        Assert.Equal(interval, schedule.CloseSpacing);
        Assert.All(Gaps(reads), gap => Assert.InRange(gap, TimeSpan.FromSeconds(0.4), 2 * interval));
    }

    // --- what it buys: the simulator's timings ------------------------------------------

    [Theory]
    [InlineData(1, -0.5)]
    [InlineData(1, 0)]
    [InlineData(1, 0.3)]
    [InlineData(2, 0.05)]
    [InlineData(3, 0)]
    [InlineData(3, 0.49)]
    [InlineData(4, 0.9)]
    [InlineData(4, 2.4)]
    public void Watch_DeliveredNearTheExpectedEnd_IsSeenWithinTheCloseSpacing(int pages, double lateSeconds)
    {
        var end = Accepted.AddSeconds(3 + (pages * 60) + lateSeconds);

        var (_, seenAt) = Watch(PollSchedule.For(Adaptive, Interval, Accepted, pages), end);

        Assert.InRange(seenAt - end, TimeSpan.Zero, Close);
    }

    [Theory]
    [InlineData(1, 4, 5)]
    [InlineData(2, 6, 9)]
    [InlineData(3, 8, 13)]
    [InlineData(4, 10, 17)]
    public void Watch_DeliveredAsTheSimulatorDelivers_TakesFewerReadsThanFixedMode(int pages, int adaptiveReads, int fixedReads)
    {
        // Queued 1 s, processing 2 s, then a minute a page; a little late, as timers are.
        var end = Accepted.AddSeconds(3 + (pages * 60) + 0.2);

        var adaptive = Watch(PollSchedule.For(Adaptive, Interval, Accepted, pages), end);
        var original = Watch(PollSchedule.For(FixedMode, Interval, Accepted, pages), end);

        Assert.Equal((adaptiveReads, fixedReads), (adaptive.Reads, original.Reads));
        Assert.True(adaptive.SeenAt - end < Close, $"seen {adaptive.SeenAt - end} after the end");
    }

    [Theory]
    [InlineData(6.1, 1, 1)]
    [InlineData(48.1, 3, 4)]
    public void Watch_BusyOrNoAnswer_TakesNoMoreReadsThanFixedMode(double endSeconds, int adaptiveReads, int fixedReads)
    {
        // Busy: 3 s of set-up and 3 s to hear the tone; no answer: 3 s and 45 s of ringing. Pages are 1 to 4.
        var end = Accepted.AddSeconds(endSeconds);

        for (var pages = 1; pages <= 4; pages++)
        {
            var adaptive = Watch(PollSchedule.For(Adaptive, Interval, Accepted, pages), end);
            var original = Watch(PollSchedule.For(FixedMode, Interval, Accepted, pages), end);

            Assert.Equal(fixedReads, original.Reads);
            Assert.InRange(adaptive.Reads, 1, adaptiveReads);
        }
    }

    [Fact]
    public void Watch_TheBenchMixAtSixtyTimesSpeed_ReadsLessOnAverageAndSeesEveryDeliveryWithinASpacing()
    {
        // The bench divides every duration by 60: one-second pages, a quarter-second interval.
        var adaptive = Adaptive with { ExpectedPageTime = TimeSpan.FromSeconds(1) };
        var fixedMode = FixedMode with { ExpectedPageTime = TimeSpan.FromSeconds(1) };
        var interval = TimeSpan.FromSeconds(0.25);
        var close = TimeSpan.FromSeconds(1.0 / 60);
        var late = TimeSpan.FromMilliseconds(4);
        var outcomes = new List<(int Pages, TimeSpan End, bool Delivered, int Share)>();
        for (var pages = 1; pages <= 4; pages++)
        {
            outcomes.Add((pages, TimeSpan.FromSeconds((3 + (pages * 60)) / 60.0) + late, true, 20));   // 80 % delivered
            outcomes.Add((pages, TimeSpan.FromSeconds(6 / 60.0) + late, false, 4));                    // 16 % busy
            outcomes.Add((pages, TimeSpan.FromSeconds(48 / 60.0) + late, false, 1));                   // 4 % no answer
        }

        double adaptiveReads = 0, fixedReads = 0;
        foreach (var (pages, end, delivered, share) in outcomes)
        {
            var seen = Watch(PollSchedule.For(adaptive, interval, Accepted, pages), Accepted + end);
            adaptiveReads += seen.Reads * share;
            fixedReads += Watch(PollSchedule.For(fixedMode, interval, Accepted, pages), Accepted + end).Reads * share;
            if (delivered)
            {
                Assert.InRange(seen.SeenAt - (Accepted + end), TimeSpan.Zero, close);
            }
        }

        Assert.True(adaptiveReads < fixedReads * 0.8, $"adaptive {adaptiveReads / 100:0.00} reads an attempt, fixed {fixedReads / 100:0.00}");
    }

    [Fact]
    public void NextRead_PageTimeAndIntervalDividedBySixty_IsTheSameGridSixtyTimesFaster()
    {
        var real = Reads(PollSchedule.For(Adaptive, Interval, Accepted, pages: 3), until: Accepted.AddMinutes(6));
        var scaled = Reads(
            PollSchedule.For(Adaptive with { ExpectedPageTime = TimeSpan.FromSeconds(1) }, Interval / 60, Accepted, pages: 3),
            until: Accepted.AddSeconds(6));

        Assert.Equal(real.Count, scaled.Count);
        Assert.All(real.Zip(scaled), pair => Assert.InRange(((pair.First - Accepted) / 60) - (pair.Second - Accepted), TimeSpan.FromMicroseconds(-10), TimeSpan.FromMicroseconds(10)));
    }

    /// <summary>
    /// The reads a carrier that answers at once gets until one sees an end at <paramref name="end"/>,
    /// watching from the acceptance: how many, and when the last (the one that sees it) is.
    /// </summary>
    private static (int Reads, DateTimeOffset SeenAt) Watch(PollSchedule schedule, DateTimeOffset end)
    {
        var at = Accepted;
        var reads = 0;
        do
        {
            at = schedule.NextRead(at);
            reads++;
        }
        while (at < end);

        return (reads, at);
    }

    private static List<DateTimeOffset> Reads(PollSchedule schedule, DateTimeOffset until) => Reads(schedule, Accepted, until);

    private static List<DateTimeOffset> Reads(PollSchedule schedule, DateTimeOffset from, DateTimeOffset until)
    {
        var reads = new List<DateTimeOffset>();
        for (var at = schedule.NextRead(from); at <= until; at = schedule.NextRead(at))
        {
            reads.Add(at);
        }

        return reads;
    }

    private static List<TimeSpan> Gaps(List<DateTimeOffset> reads) => reads.Zip(reads.Skip(1), (a, b) => b - a).ToList();

    private static (PollingSettings Polling, IReadOnlyList<string> Problems) Read(Dictionary<string, string?> variables)
    {
        var reader = new SettingsReader(Builders.Configuration(variables));
        return (PollingSettings.Read(reader), reader.Problems);
    }
}
