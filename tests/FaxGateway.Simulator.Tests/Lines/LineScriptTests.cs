using FaxGateway.Simulator.Lines;

namespace FaxGateway.Simulator.Tests.Lines;

public sealed class LineScriptTests
{
    public static TheoryData<string, LineScript> TextForms => new()
    {
        { "normal", LineScript.Normal },
        { "always-busy", LineScript.AlwaysBusy() },
        { "never-answers", LineScript.NeverAnswers() },
        { "busy-then-answer:2", LineScript.BusyThenAnswer(2) },
        { "no-answer-then-answer:1", LineScript.NoAnswerThenAnswer(1) },
        { "fail-after-pages:3", LineScript.FailAfterPages(3) },
        { "invalid-number", LineScript.InvalidNumber() },
    };

    [Theory]
    [MemberData(nameof(TextForms))]
    public void TryParse_TextForm_RoundTrips(string text, LineScript expected)
    {
        var parsed = LineScript.TryParse(text, out var script);

        Assert.True(parsed);
        Assert.NotNull(script);
        Assert.Equal(expected, script);
        Assert.Equal(text, script.ToString());
    }

    [Fact]
    public void TryParse_BusyAlias_IsAlwaysBusy()
    {
        Assert.True(LineScript.TryParse("busy", out var script));

        Assert.Equal(LineScript.AlwaysBusy(), script);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("busy-then-answer")]
    [InlineData("busy-then-answer:-1")]
    [InlineData("busy-then-answer:x")]
    [InlineData("never-answers:2")]
    [InlineData("sometimes")]
    public void TryParse_BadText_ReturnsFalse(string? text)
    {
        Assert.False(LineScript.TryParse(text, out var script));

        Assert.Null(script);
    }

    [Fact]
    public void Answer_BusyThenAnswerTwo_BusyOnFirstTwoAttemptsOnly()
    {
        var script = LineScript.BusyThenAnswer(2);

        var answers = Enumerable.Range(1, 4).Select(script.Answer).ToArray();

        Assert.Equal(new[] { DialOutcome.Busy, DialOutcome.Busy, DialOutcome.Answered, DialOutcome.Answered }, answers);
    }

    [Theory]
    [InlineData(1, 3, 1)]
    [InlineData(5, 3, 3)]
    [InlineData(0, 2, 0)]
    public void PagesAccepted_FailAfterPages_StopsAtTheScriptedPage(int failAfter, int pages, int accepted)
    {
        Assert.Equal(accepted, LineScript.FailAfterPages(failAfter).PagesAccepted(pages));
    }

    [Fact]
    public void BusyThenAnswer_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LineScript.BusyThenAnswer(-1));
    }
}
