using System.CommandLine;
using FaxGateway.Cli.Benchmark;
using FaxGateway.Cli.Commands;

namespace FaxGateway.Cli.Tests.Benchmark;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task Invoke_Defaults_TheElectionWeek()
    {
        var options = await ParseAsync("bench");

        Assert.NotNull(options);
        Assert.Equal((1000, 100, 0.5, 5, 60.0, "telnyx"), (options.Faxes, options.Numbers, options.Skew, options.NeverAnswer, options.Speed, options.Carrier));
        Assert.Equal([0.0, 0.2], options.BusyProbabilities);
        Assert.Equal(["original", "default"], options.Policies);
        Assert.Equal("bench-results", options.Output.Name);
        Assert.False(options.Scale);
        Assert.Equal((2000, 20), (options.ScaleFaxes, options.ScalePages));
        Assert.True(options.TapSqs);
    }

    [Fact]
    public void Options_Defaults_MatchTheCommand() =>
        Assert.Equal(new BenchOptions().BusyProbabilities, BenchCommand.ParseProbabilities("0,0.2"));

    [Fact]
    public async Task Invoke_Options_ReachTheRun()
    {
        var options = await ParseAsync(
            "bench --faxes 30 --numbers 6 --never-answer 1 --speed 600 --busy 0.1 --policies default --seed 3 --skew 0.7 --carrier sinch --out x --timeout 90 --no-sqs-tap");

        Assert.NotNull(options);
        Assert.Equal((30, 6, 1, 600.0, 3, 0.7, "sinch"), (options.Faxes, options.Numbers, options.NeverAnswer, options.Speed, options.Seed, options.Skew, options.Carrier));
        Assert.Equal([0.1], options.BusyProbabilities);
        Assert.Equal(["default"], options.Policies);
        Assert.Equal((TimeSpan.FromSeconds(90), "x", false), (options.Timeout, options.Output.Name, options.TapSqs));
    }

    [Fact]
    public async Task Invoke_Scale_TheScaleRunsOptions()
    {
        var options = await ParseAsync("bench --scale --scale-faxes 500 --scale-pages 10");

        Assert.NotNull(options);
        Assert.Equal((true, 500, 10, "default"), (options.Scale, options.ScaleFaxes, options.ScalePages, options.ScalePolicy));
    }

    [Theory]
    [InlineData("bench --busy 1.5")]
    [InlineData("bench --busy x")]
    [InlineData("bench --busy ,")]
    [InlineData("bench --policies original,fastest")]
    [InlineData("bench --never-answer 6 --numbers 6")]
    [InlineData("bench --numbers 2401")]
    [InlineData("bench --speed 700")]
    [InlineData("bench --carrier fax.example")]
    [InlineData("bench --bogus")]
    public async Task Invoke_BadUsage_FailsWithoutRunning(string commandLine)
    {
        var ran = false;
        var root = new RootCommand { BenchCommand.Create((_, _) => { ran = true; return Task.FromResult(0); }) };

        var exitCode = await root.Parse(commandLine).InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });

        Assert.NotEqual(0, exitCode);
        Assert.False(ran);
    }

    [Fact]
    public void ParsePolicies_CaseAndSpaces_Normalised() =>
        Assert.Equal(["default", "original"], BenchCommand.ParsePolicies(" Default , original,default"));

    private static async Task<BenchOptions?> ParseAsync(string commandLine)
    {
        BenchOptions? parsed = null;
        var root = new RootCommand { BenchCommand.Create((options, _) => { parsed = options; return Task.FromResult(0); }) };
        Assert.Equal(0, await root.Parse(commandLine).InvokeAsync());
        return parsed;
    }
}
