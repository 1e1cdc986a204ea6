using FaxGateway.Core.Scheduling;

namespace FaxGateway.Core.Tests.Scheduling;

public sealed class RetryRuleTests
{
    private static readonly RetryRule Busy = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(600), 20);

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 120)]
    [InlineData(3, 240)]
    [InlineData(4, 480)]
    public void DelayAfter_EachFurtherFailure_DoublesTheWait(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Busy.DelayAfter(failures));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(20)]
    public void DelayAfter_PastTheCap_WaitsTheMaxDelay(int failures)
    {
        Assert.Equal(TimeSpan.FromSeconds(600), Busy.DelayAfter(failures));
    }

    [Fact]
    public void DelayAfter_CapBetweenTwoDoublings_IsTheCapNotTheNextDoubling()
    {
        var rule = new RetryRule(TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(1000), 5);

        Assert.Equal(
            [TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(1000), TimeSpan.FromSeconds(1000)],
            Enumerable.Range(1, 4).Select(rule.DelayAfter));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(64)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void DelayAfter_HugeFailureCounts_DoNotOverflowAndStayAtTheCap(int failures)
    {
        var longest = new RetryRule(RetryPolicy.LongestDelay, RetryPolicy.LongestDelay, 1000);
        var fractional = new RetryRule(TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1), 1000);

        Assert.Equal(TimeSpan.FromSeconds(600), Busy.DelayAfter(failures));
        Assert.Equal(TimeSpan.FromDays(1), longest.DelayAfter(failures));
        Assert.Equal(TimeSpan.FromDays(1), fractional.DelayAfter(failures));
    }

    [Fact]
    public void DelayAfter_SmallFirstDelay_KeepsDoublingPast30Failures()
    {
        // 10 ms × 2^29 = 5,368,709.12 s (62 days): still doubling at the 30th failure, under a 100-day cap.
        var rule = new RetryRule(TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(100), 1000);

        Assert.Equal(TimeSpan.FromMilliseconds(10 * 1024), rule.DelayAfter(11));
        Assert.Equal(TimeSpan.FromSeconds(5_368_709.12), rule.DelayAfter(30));
    }

    [Fact]
    public void DelayAfter_ConstantRule_IsTheSameEveryTime()
    {
        var rule = new RetryRule(TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(600), 20);

        Assert.All(Enumerable.Range(1, 25), failures => Assert.Equal(TimeSpan.FromSeconds(600), rule.DelayAfter(failures)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void DelayAfter_NoFailure_Throws(int failures)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Busy.DelayAfter(failures));
    }
}
