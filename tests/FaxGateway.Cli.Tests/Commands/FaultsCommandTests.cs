using System.CommandLine;
using FaxGateway.Cli.Commands;
using FaxGateway.Cli.FaultRun;

namespace FaxGateway.Cli.Tests.Commands;

public sealed class FaultsCommandTests
{
    [Fact]
    public async Task Invoke_Defaults_TheIssuesWorkloadAndFaults()
    {
        var options = await ParseAsync("faults");

        Assert.NotNull(options);
        Assert.Equal((1000, 100, 0.05, 0.01, 0.02), (options.Faxes, options.Numbers, options.CarrierErrorRate, options.SqsErrorRate, options.KillRate));
        Assert.Equal(TimeSpan.FromMinutes(30), options.ReceiverDown);
    }

    [Fact]
    public async Task Invoke_Options_ReachTheRun()
    {
        var options = await ParseAsync(
            "faults --faxes 60 --numbers 10 --speed 240 --seed 7 --kill-rate 0.1 --carrier-error-rate 0.1 --sqs-error-rate 0.02 --receiver-down 5 --fax-visibility 4 --verbose");

        Assert.NotNull(options);
        Assert.Equal((60, 10, 240.0, 7), (options.Faxes, options.Numbers, options.Speed, options.Seed));
        Assert.Equal((0.1, 0.1, 0.02), (options.KillRate, options.CarrierErrorRate, options.SqsErrorRate));
        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(4), true), (options.ReceiverDown, options.FaxVisibility, options.Verbose));
    }

    [Theory]
    [InlineData("faults --kill-rate 1.5")]
    [InlineData("faults --faxes 0")]
    [InlineData("faults --numbers 1001")]
    [InlineData("faults --speed 0.5")]
    [InlineData("faults --bogus")]
    public async Task Invoke_BadUsage_FailsWithoutRunning(string commandLine)
    {
        var ran = false;
        var root = new RootCommand { FaultsCommand.Create((_, _) => { ran = true; return Task.FromResult(0); }) };

        var exitCode = await root.Parse(commandLine).InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });

        Assert.NotEqual(0, exitCode);
        Assert.False(ran);
    }

    private static async Task<FaultRunOptions?> ParseAsync(string commandLine)
    {
        FaultRunOptions? parsed = null;
        var root = new RootCommand { FaultsCommand.Create((options, _) => { parsed = options; return Task.FromResult(0); }) };
        Assert.Equal(0, await root.Parse(commandLine).InvokeAsync());
        return parsed;
    }
}
