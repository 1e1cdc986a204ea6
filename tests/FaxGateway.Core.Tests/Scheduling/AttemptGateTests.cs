using FaxGateway.Core.Attempts;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Scheduling;

public sealed class AttemptGateTests
{
    // A Tuesday: 14:00 UTC is 09:00 in Boston.
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_NothingToWaitFor_StartsNow()
    {
        Assert.Equal(new AttemptTiming(AttemptVerdict.Start, Now), CreateSut().Check(Builders.Fax(), null, Now));
    }

    [Fact]
    public void Check_OwnTimeAFewSecondsAway_WaitsInProcessRatherThanGoingRoundTheQueues()
    {
        var due = Now.AddSeconds(4);

        Assert.Equal(new AttemptTiming(AttemptVerdict.Start, due), CreateSut().Check(Builders.Fax().WaitUntil(due), null, Now));
    }

    [Fact]
    public void Check_OwnTimeFurtherAway_DefersUntilThen()
    {
        var due = Now.AddSeconds(5);

        Assert.Equal(new AttemptTiming(AttemptVerdict.Defer, due), CreateSut().Check(Builders.Fax().WaitUntil(due), null, Now));
    }

    [Fact]
    public void Check_WindowOpensInASecond_DefersToTheQueue()
    {
        var sut = CreateSut(Windows("+1617=daily 14:00-17:00 UTC"));

        Assert.Equal(new AttemptTiming(AttemptVerdict.Defer, Now), sut.Check(Builders.Fax(), null, Now.AddSeconds(-1)));
    }

    [Fact]
    public void Check_OwnTimeFallsOutsideTheWindow_WaitsForTheWindowAfterIt()
    {
        var sut = CreateSut(Windows("+1617=Mon-Fri 08:00-17:00 America/New_York"));

        // 23:00 UTC Tuesday is 18:00 in Boston: after closing, so Wednesday 08:00 EST.
        var timing = sut.Check(Builders.Fax().WaitUntil(Now.AddHours(9)), null, Now);

        Assert.Equal(new AttemptTiming(AttemptVerdict.Defer, new DateTimeOffset(2026, 11, 4, 13, 0, 0, TimeSpan.Zero)), timing);
    }

    [Fact]
    public void Check_NeverAttemptedFaxOutsideItsWindow_IsNotExpiredByTheDefaultDeadline()
    {
        var sut = CreateSut(Windows("+1617=Mon 08:00-09:00 America/New_York"), deadline: TimeSpan.FromHours(1));

        var timing = sut.Check(Builders.Fax(), null, Now);

        Assert.Equal(AttemptVerdict.Defer, timing.Verdict);
    }

    [Fact]
    public void Check_RetriedFaxWhoseWindowOpensAfterItsDeadline_Ends()
    {
        var sut = CreateSut(Windows("+1617=Mon 08:00-09:00 America/New_York"));

        var timing = sut.Check(Builders.Fax(retryCount: 2).ExpiringAt(Now.AddDays(2)), null, Now);

        Assert.Equal(new AttemptTiming(AttemptVerdict.End, Now, FailureStatuses.Expired), timing);
    }

    [Fact]
    public void Check_PastItsOwnDeadline_Ends()
    {
        var timing = CreateSut().Check(Builders.Fax().ExpiringAt(Now), null, Now);

        Assert.Equal(new AttemptTiming(AttemptVerdict.End, Now, FailureStatuses.Expired), timing);
    }

    [Fact]
    public void Check_NotSentRecordOlderThanTheDeadline_Ends()
    {
        var record = new FaxAttemptRecord("abc123", 1, AttemptPhase.NotSent, 2) { StartedAt = Now - TimeSpan.FromDays(3) };

        Assert.Equal(AttemptVerdict.End, CreateSut().Check(Builders.Fax(), record, Now).Verdict);
        Assert.Equal(AttemptVerdict.Start, CreateSut().Check(Builders.Fax(), record, Now.AddSeconds(-1)).Verdict);
    }

    [Fact]
    public void Check_NotBeforeMoreThanThirtyDaysAhead_IsRefused()
    {
        var far = Builders.Fax().WaitUntil(Now + TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        Assert.Equal(new AttemptTiming(AttemptVerdict.End, Now, FailureStatuses.TooFarAhead), CreateSut().Check(far, null, Now));
        Assert.Equal(AttemptVerdict.Defer, CreateSut().Check(Builders.Fax().WaitUntil(Now + TimeSpan.FromDays(30)), null, Now).Verdict);
    }

    [Fact]
    public void Check_NotBeforeAtTheEndOfTime_IsRefusedBeforeAnyWindowIsWorkedOut()
    {
        var sut = CreateSut(Windows("+1=daily 08:00-17:00 America/New_York"));

        var timing = sut.Check(Builders.Fax() with { NotBefore = UnixTime.MaxSeconds }, null, Now);

        Assert.Equal(AttemptVerdict.End, timing.Verdict);
    }

    private static AttemptGate CreateSut(SendWindowRules? windows = null, TimeSpan? deadline = null) =>
        new(Builders.Settings() with { SendWindows = windows ?? SendWindowRules.None, FaxDeadline = deadline ?? TimeSpan.FromDays(3) });

    private static SendWindowRules Windows(string rules)
    {
        var reader = new SettingsReader(Builders.Configuration(new Dictionary<string, string?> { ["SEND_WINDOWS"] = rules }));
        var windows = SendWindowRules.Read(reader);
        Assert.Empty(reader.Problems);
        return windows;
    }
}
