using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Simulator.Tests.Hosting;

public sealed class SimulatorArgumentsTests
{
    [Fact]
    public void TryParse_FullCommandLine_SetsEveryOption()
    {
        string[] args =
        [
            "--port", "8086", "--time-scale", "60", "--busy-probability", "0.1", "--seed", "42",
            "--account-sid", "AC1", "--auth-token", "token", "--line", "+16175550101=busy-then-answer:2",
            "--line", "+16175550102=never-answers", "--quiet",
        ];

        Assert.True(SimulatorArguments.TryParse(args, out var options, out var error));

        Assert.Null(error);
        Assert.Equal((8086, 60.0, 0.1, 42), (options.Port, options.TimeScale, options.BackgroundBusyProbability, options.RandomSeed));
        Assert.Equal(("AC1", "token", LogLevel.Warning), (options.AccountSid, options.AuthToken, options.LogLevel));
        Assert.Equal(LineScript.BusyThenAnswer(2), options.Lines["+16175550101"]);
        Assert.Equal(LineScript.NeverAnswers(), options.Lines["+16175550102"]);
    }

    [Fact]
    public void TryParse_NoArguments_ProcessDefaults()
    {
        Assert.True(SimulatorArguments.TryParse([], out var options, out _));

        Assert.Equal((SimulatorArguments.DefaultPort, 1.0, LogLevel.Information), (options.Port, options.TimeScale, options.LogLevel));
        Assert.Empty(options.Lines);
    }

    [Theory]
    [InlineData("--port", "70000", "--port needs a number from 0 to 65535")]
    [InlineData("--time-scale", "0", "--time-scale needs a positive number")]
    [InlineData("--busy-probability", "1.5", "--busy-probability needs a number from 0 to 1")]
    [InlineData("--line", "6175550101=always-busy", "--line needs NUMBER=SCRIPT with an E.164 number, such as +16175550101=busy-then-answer:2")]
    [InlineData("--line", "+16175550101=sometimes", "--line: unknown script 'sometimes'")]
    [InlineData("--colour", "blue", "Unknown argument '--colour'.")]
    public void TryParse_BadArgument_SaysWhatWasExpected(string name, string value, string message)
    {
        Assert.False(SimulatorArguments.TryParse([name, value], out var options, out var error));

        Assert.Null(options);
        Assert.Equal(message, error);
    }

    [Fact]
    public void TryParse_MissingValue_SaysSo()
    {
        Assert.False(SimulatorArguments.TryParse(["--port"], out _, out var error));

        Assert.Equal("--port needs a value.", error);
    }
}
