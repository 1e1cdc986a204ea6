using FaxGateway.Cli.DeadLetters;

namespace FaxGateway.Cli.Tests.DeadLetters;

public sealed class ConsoleTextTests
{
    [Theory]
    [InlineData("abc123", "abc123")]
    [InlineData("red\u001b[31mtext", "red\\u001b[31mtext")]
    [InlineData("over\rwrite", "over\\u000dwrite")]
    [InlineData("two\nlines", "two\\u000alines")]
    [InlineData("abc\u202Edcba", "abc\\u202edcba")]
    [InlineData("bell\u0007\u0085", "bell\\u0007\\u0085")]
    public void Safe_EscapesControlAndBidiCharacters(string text, string expected) =>
        Assert.Equal(expected, ConsoleText.Safe(text));

    [Fact]
    public void Safe_KeepLineBreaks_KeepsNewlineAndTabOnly() =>
        Assert.Equal("a\n\tb\\u000dc\\u001b", ConsoleText.Safe("a\n\tb\rc\u001b", keepLineBreaks: true));

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly-10", 10, "exactly-10")]
    [InlineData("much-too-long", 10, "much-to...")]
    public void Truncate_CutsWithAnEllipsis(string text, int max, string expected) =>
        Assert.Equal(expected, ConsoleText.Truncate(text, max));
}
