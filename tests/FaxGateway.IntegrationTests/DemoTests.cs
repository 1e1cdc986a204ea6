using FaxGateway.Cli.Demo;

namespace FaxGateway.IntegrationTests;

/// <summary>The README's demo command, run in-process faster than the default.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task Demo_DefaultBatch_EveryFaxGetsItsFinalCallback()
    {
        using var output = new StringWriter();

        var exitCode = await new DemoRun(new DemoOptions { Speed = 240 }, output).RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("ok    faxes without exactly one final callback: 0", text, StringComparison.Ordinal);
        Assert.Contains("perm_fail", text, StringComparison.Ordinal);
        Assert.Contains("2x tmp_fail, sent", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+1617555", text, StringComparison.Ordinal);
    }
}
