using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Scheduling;

public sealed class RetryPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FarDeadline = Now + TimeSpan.FromDays(1);

    [Fact]
    public void Decide_Delivered_IsSentWithTheCarriersStatus()
    {
        var decision = Planner().Decide(Fax(), Final(CarrierFaxState.Delivered, "delivered"), Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.Sent, "delivered", null, null), decision);
    }

    [Fact]
    public void Decide_DeliveredAfterTheDeadline_IsStillSent()
    {
        var decision = Planner().Decide(Fax(retryCount: 25), Final(CarrierFaxState.Delivered, "COMPLETED"), Now, Now - TimeSpan.FromHours(1));

        Assert.Equal(new AttemptDecision(FaxStatus.Sent, "COMPLETED", null, null), decision);
    }

    [Theory]
    [InlineData("failed: 21211 Invalid 'To' Phone Number")]
    [InlineData("busy")]
    [InlineData("media unavailable or expired (HTTP 403)")]
    public void Decide_Permanent_FailsAtOnceQuotingTheCarrier(string status)
    {
        var decision = Planner().Decide(Fax(), Final(CarrierFaxState.FailedPermanent, status), Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.PermanentFailure, status, FailureCause.Permanent, null), decision);
    }

    [Fact]
    public void Decide_PermanentWhenTheNextTryWouldBePastTheDeadline_QuotesTheCarrierNotExpired()
    {
        var decision = Planner().Decide(Fax(), Final(CarrierFaxState.FailedPermanent, "canceled"), Now, Now + TimeSpan.FromSeconds(1));

        Assert.Equal(new AttemptDecision(FaxStatus.PermanentFailure, "canceled", FailureCause.Permanent, null), decision);
    }

    [Theory]
    [InlineData(0.0, 60.0)]
    [InlineData(0.5, 54.0)]
    [InlineData(0.25, 57.0)]
    public void Decide_FirstBusy_IsDueAfter60SecondsLessTheJitter(double random, double seconds)
    {
        // 60 s × (1 − 0.2 × r)
        var decision = Planner(random: random).Decide(Fax(), Busy, Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.TemporaryFailure, "busy", FailureCause.Busy, Now + TimeSpan.FromSeconds(seconds)), decision);
    }

    [Fact]
    public void Decide_ThirdBusy_Waits240Seconds()
    {
        var fax = Fax(retryCount: 2, failures: new FailureCounts(Busy: 2));

        var decision = Planner(random: 0).Decide(fax, Busy, Now, FarDeadline);

        Assert.Equal(Now + TimeSpan.FromSeconds(240), decision.RetryAt);
        Assert.Equal(FaxStatus.TemporaryFailure, decision.Outcome);
    }

    [Fact]
    public void Decide_ThirdBusyWithJitter_Is240SecondsShortenedByTheDrawnShare()
    {
        var fax = Fax(retryCount: 2, failures: new FailureCounts(Busy: 2));

        var decision = Planner(random: 0.5).Decide(fax, Busy, Now, FarDeadline);

        Assert.Equal(Now + TimeSpan.FromSeconds(216), decision.RetryAt);
    }

    [Fact]
    public void Decide_OnlyTheFailuresOfTheSameCause_GrowTheWait()
    {
        // Two earlier busy lines and three dropped calls: this first unanswered attempt waits the no-answer rule's first delay.
        var fax = Fax(retryCount: 5, failures: new FailureCounts(Busy: 2, LineError: 3));

        var decision = Planner(random: 0).Decide(fax, Final(CarrierFaxState.FailedRetryable, "no-answer"), Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.TemporaryFailure, "no-answer", FailureCause.NoAnswer, Now + TimeSpan.FromSeconds(300)), decision);
    }

    [Theory]
    [InlineData("busy", 0, FailureCause.Busy, 60)]
    [InlineData("no-answer", 0, FailureCause.NoAnswer, 300)]
    [InlineData("failed: receiver_call_dropped", 0, FailureCause.LineError, 120)]
    [InlineData("carrier unavailable (HTTP 503)", 0, FailureCause.CarrierUnavailable, 60)]
    [InlineData("no-answer", 3, FailureCause.NoAnswer, 2400)]
    [InlineData("failed: receiver_call_dropped", 4, FailureCause.LineError, 1800)]
    [InlineData("FAILURE: FATAL_ERROR", 4, FailureCause.CarrierUnavailable, 900)]
    public void Decide_EachCause_WaitsByItsOwnRule(string status, int earlier, FailureCause cause, int seconds)
    {
        var failures = FailureCounts.None;
        for (var i = 0; i < earlier; i++)
        {
            failures = failures.After(cause);
        }

        var decision = Planner(random: 0).Decide(Fax(retryCount: earlier, failures: failures), Final(CarrierFaxState.FailedRetryable, status), Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.TemporaryFailure, status, cause, Now + TimeSpan.FromSeconds(seconds)), decision);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(18)]
    public void Decide_ManyBusies_WaitNoLongerThanTheCap(int earlier)
    {
        var fax = Fax(retryCount: earlier, failures: new FailureCounts(Busy: earlier));

        var decision = Planner(random: 0).Decide(fax, Busy, Now, FarDeadline);

        Assert.Equal(Now + TimeSpan.FromSeconds(600), decision.RetryAt);
    }

    [Fact]
    public void Decide_FifthNoAnswer_FailsForGoodQuotingTheCarrier()
    {
        var fax = Fax(retryCount: 4, failures: new FailureCounts(NoAnswer: 4));

        var decision = Planner().Decide(fax, Final(CarrierFaxState.FailedRetryable, "failed: receiver_no_answer"), Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.PermanentFailure, "failed: receiver_no_answer", FailureCause.NoAnswer, null), decision);
    }

    [Fact]
    public void Decide_FourthNoAnswer_IsStillRetried()
    {
        var fax = Fax(retryCount: 3, failures: new FailureCounts(NoAnswer: 3));

        var decision = Planner(random: 0).Decide(fax, Final(CarrierFaxState.FailedRetryable, "failed: receiver_no_answer"), Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.TemporaryFailure, "failed: receiver_no_answer", FailureCause.NoAnswer, Now + TimeSpan.FromSeconds(2400)), decision);
    }

    [Fact]
    public void Decide_CauseCapOfOne_FailsAtTheFirstFailureOfThatCause()
    {
        var settings = Builders.Settings() with { Retries = new RetryPolicy { Busy = new RetryRule(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60), 1) } };

        var decision = new RetryPlanner(settings, () => 0).Decide(Fax(), Final(CarrierFaxState.FailedRetryable, "FAILURE: CALL_ERROR 17 Busy"), Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.PermanentFailure, "FAILURE: CALL_ERROR 17 Busy", FailureCause.Busy, null), decision);
    }

    [Fact]
    public void Decide_OtherCausesFailures_DoNotUseUpThisCausesAttempts()
    {
        // Four busy lines (no-answer cap is 5), then the first unanswered attempt: retried.
        var fax = Fax(retryCount: 4, failures: new FailureCounts(Busy: 4));

        var decision = Planner(random: 0).Decide(fax, Final(CarrierFaxState.FailedRetryable, "no-answer"), Now, FarDeadline);

        Assert.Equal(FaxStatus.TemporaryFailure, decision.Outcome);
    }

    [Fact]
    public void Decide_LastOfMaxFaxAttempts_FailsForGoodWhateverTheCause()
    {
        var planner = Planner(Builders.Settings(maxFaxAttempts: 3), random: 0);

        var decision = planner.Decide(Fax(retryCount: 2, failures: new FailureCounts(Busy: 1, LineError: 1)), Busy, Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.PermanentFailure, "busy", FailureCause.Busy, null), decision);
    }

    [Fact]
    public void Decide_OneBeforeMaxFaxAttempts_IsRetried()
    {
        var planner = Planner(Builders.Settings(maxFaxAttempts: 3), random: 0);

        var decision = planner.Decide(Fax(retryCount: 1, failures: new FailureCounts(LineError: 1)), Busy, Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.TemporaryFailure, "busy", FailureCause.Busy, Now + TimeSpan.FromSeconds(60)), decision);
    }

    [Fact]
    public void Decide_MaxFaxAttemptsReachedWithoutFailureCounts_FailsForGood()
    {
        // A message from before retries carried counts: only retry_count says how many attempts were made.
        var decision = Planner().Decide(Fax(retryCount: 19), Busy, Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.PermanentFailure, "busy", FailureCause.Busy, null), decision);
    }

    [Theory]
    [InlineData(0.0, 600)]
    [InlineData(0.25, 450)]
    [InlineData(0.5, 300)]
    [InlineData(0.75, 150)]
    [InlineData(1.0, 0)]
    public void Decide_FullJitter_ShortensTheCappedWaitByTheDrawnShare(double random, int seconds)
    {
        var settings = Builders.Settings() with { Retries = new RetryPolicy { Jitter = 1 } };
        var fax = Fax(retryCount: 9, failures: new FailureCounts(Busy: 9));

        var decision = new RetryPlanner(settings, () => random).Decide(fax, Busy, Now, FarDeadline);

        Assert.Equal(Now + TimeSpan.FromSeconds(seconds), decision.RetryAt);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    [InlineData(0.3333333)]
    [InlineData(0.9)]
    [InlineData(0.999999)]
    public void Decide_Jitter_NeverLengthensAWait(double random)
    {
        var planner = Planner(random: random);

        foreach (var (earlier, rule) in new[] { (0, 60), (1, 120), (2, 240), (3, 480), (4, 600), (12, 600) })
        {
            var decision = planner.Decide(Fax(retryCount: earlier, failures: new FailureCounts(Busy: earlier)), Busy, Now, FarDeadline);

            Assert.InRange(decision.RetryAt!.Value - Now, TimeSpan.FromSeconds(rule * 0.8), TimeSpan.FromSeconds(rule));
        }
    }

    [Fact]
    public void Decide_NoJitter_NeverDrawsARandomNumber()
    {
        var settings = Builders.Settings() with { Retries = new RetryPolicy { Jitter = 0 } };
        var planner = new RetryPlanner(settings, () => throw new InvalidOperationException("drew a random number"));

        var decision = planner.Decide(Fax(), Busy, Now, FarDeadline);

        Assert.Equal(Now + TimeSpan.FromSeconds(60), decision.RetryAt);
    }

    [Theory]
    [InlineData("busy", FailureCause.Busy)]
    [InlineData("no-answer", FailureCause.NoAnswer)]
    [InlineData("failed: 34004 transmission failed after 2 of 3 pages", FailureCause.LineError)]
    [InlineData("failed: service_unavailable", FailureCause.CarrierUnavailable)]
    [InlineData("timeout", FailureCause.LineError)]
    public void Decide_ConstantPolicy_Waits600SecondsForEveryCause(string status, FailureCause cause)
    {
        var planner = Planner(Constant(), random: 0.9);
        var fax = Fax(retryCount: 7, failures: FailureCounts.None.After(cause).After(cause).After(cause).After(cause).After(cause).After(cause).After(cause));

        var first = planner.Decide(Fax(), Final(CarrierFaxState.FailedRetryable, status), Now, FarDeadline);
        var eighth = planner.Decide(fax, Final(CarrierFaxState.FailedRetryable, status), Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.TemporaryFailure, status, cause, Now + TimeSpan.FromSeconds(600)), first);
        Assert.Equal(new AttemptDecision(FaxStatus.TemporaryFailure, status, cause, Now + TimeSpan.FromSeconds(600)), eighth);
    }

    [Fact]
    public void Decide_ConstantPolicy_RetriesAttempt19AndGivesUpOnlyAtAttempt20()
    {
        var planner = Planner(Constant(), random: 0.9);

        var nineteenth = planner.Decide(Fax(retryCount: 18, failures: new FailureCounts(Busy: 18)), Busy, Now, FarDeadline);
        var twentieth = planner.Decide(Fax(retryCount: 19, failures: new FailureCounts(Busy: 19)), Busy, Now, FarDeadline);

        Assert.Equal(new AttemptDecision(FaxStatus.TemporaryFailure, "busy", FailureCause.Busy, Now + TimeSpan.FromSeconds(600)), nineteenth);
        Assert.Equal(new AttemptDecision(FaxStatus.PermanentFailure, "busy", FailureCause.Busy, null), twentieth);
    }

    [Fact]
    public void Decide_ConstantPolicy_MixedCausesAreRetriedUntilAttempt20()
    {
        var planner = Planner(Constant(), random: 0);
        var mixed = new FailureCounts(Busy: 5, NoAnswer: 6, LineError: 4, CarrierUnavailable: 3);

        var nineteenth = planner.Decide(Fax(retryCount: 18, failures: mixed), Final(CarrierFaxState.FailedRetryable, "no-answer"), Now, FarDeadline);
        var twentieth = planner.Decide(Fax(retryCount: 19, failures: mixed.After(FailureCause.NoAnswer)), Final(CarrierFaxState.FailedRetryable, "no-answer"), Now, FarDeadline);

        Assert.Equal(FaxStatus.TemporaryFailure, nineteenth.Outcome);
        Assert.Equal(new AttemptDecision(FaxStatus.PermanentFailure, "no-answer", FailureCause.NoAnswer, null), twentieth);
    }

    [Fact]
    public void Decide_NextTryPastTheDeadline_ExpiresQuotingTheLastAttempt()
    {
        var decision = Planner(random: 0).Decide(Fax(), Busy, Now, Now + TimeSpan.FromSeconds(59));

        Assert.Equal(new AttemptDecision(FaxStatus.PermanentFailure, "expired (last attempt: busy)", FailureCause.Busy, null), decision);
    }

    [Fact]
    public void Decide_NextTryExactlyAtTheDeadline_IsStillRetried()
    {
        var decision = Planner(random: 0).Decide(Fax(), Busy, Now, Now + TimeSpan.FromSeconds(60));

        Assert.Equal(new AttemptDecision(FaxStatus.TemporaryFailure, "busy", FailureCause.Busy, Now + TimeSpan.FromSeconds(60)), decision);
    }

    [Fact]
    public void Decide_JitterBringsTheNextTryInsideTheDeadline_IsRetried()
    {
        // 60 s × (1 − 0.2 × 0.5) = 54 s, inside a deadline 55 s away.
        var decision = Planner(random: 0.5).Decide(Fax(), Busy, Now, Now + TimeSpan.FromSeconds(55));

        Assert.Equal(Now + TimeSpan.FromSeconds(54), decision.RetryAt);
    }

    [Fact]
    public void Decide_ExpiredAfterAnotherCarriersWords_QuotesThem()
    {
        var decision = Planner(random: 0).Decide(
            Fax(), Final(CarrierFaxState.FailedRetryable, "FAILURE: CALL_ERROR 16 Ring timeout"), Now, Now + TimeSpan.FromMinutes(4));

        Assert.Equal(
            new AttemptDecision(FaxStatus.PermanentFailure, "expired (last attempt: FAILURE: CALL_ERROR 16 Ring timeout)", FailureCause.NoAnswer, null),
            decision);
    }

    [Fact]
    public void DeadlineOf_ExpiresAtSet_IsTheFaxsOwn()
    {
        var fax = Fax() with { ExpiresAt = 1_772_899_200.5 };

        var deadline = Planner().DeadlineOf(fax, Now);

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_772_899_200_500), deadline);
    }

    [Fact]
    public void DeadlineOf_NoExpiresAt_IsFaxDeadlineAfterFirstSeen()
    {
        var settings = Builders.Settings() with { FaxDeadline = TimeSpan.FromHours(2) };
        var firstSeen = Now - TimeSpan.FromMinutes(30);

        var deadline = new RetryPlanner(settings, () => 0).DeadlineOf(Fax(), firstSeen);

        Assert.Equal(new DateTimeOffset(2026, 3, 7, 13, 30, 0, TimeSpan.Zero), deadline);
    }

    [Fact]
    public void DeadlineOf_DefaultFaxDeadline_IsThreeDays()
    {
        Assert.Equal(Now + TimeSpan.FromDays(3), Planner().DeadlineOf(Fax(), Now));
    }

    private static CarrierFax Busy { get; } = Final(CarrierFaxState.FailedRetryable, "busy");

    private static FaxGatewaySettings Constant() =>
        Builders.Settings(maxFaxAttempts: 20) with { Retries = RetryPolicy.Constant(TimeSpan.FromSeconds(600), 20) };

    private static RetryPlanner Planner(FaxGatewaySettings? settings = null, double random = 0.5) =>
        new(settings ?? Builders.Settings(), () => random);

    private static Fax Fax(int retryCount = 0, FailureCounts? failures = null) =>
        Builders.Fax(retryCount: retryCount) with { Failures = failures };

    private static CarrierFax Final(CarrierFaxState state, string status) => new("FX0123", state, status);
}
