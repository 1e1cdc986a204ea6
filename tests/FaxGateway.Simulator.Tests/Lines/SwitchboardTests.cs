using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Recording;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaxGateway.Simulator.Tests.Lines;

public sealed class SwitchboardTests
{
    private const string Number = "+16175550101";
    private const string Media = "http://127.0.0.1/fax.pdf";

    private readonly FakeTimeProvider _clock = new();
    private readonly SimulatorRecord _record = new();

    [Fact]
    public void Dial_WhileAnotherCallIsOnTheLine_BusyBecauseOfOwnCall()
    {
        var sut = CreateSut(new FaxSimulatorOptions());
        sut.Dial("FX1", Number, Media, 1);

        var second = sut.Dial("FX2", Number, Media, 1);

        Assert.Equal((DialOutcome.Busy, BusyCause.OwnCall), (second.Outcome, second.BusyCause!.Value));
    }

    [Fact]
    public void Dial_AfterHangUp_LineIsFreeAgain()
    {
        var sut = CreateSut(new FaxSimulatorOptions());
        var first = sut.Dial("FX1", Number, Media, 1);
        sut.HangUp(first, CallOutcome.Delivered, 1);

        var second = sut.Dial("FX2", Number, Media, 1);

        Assert.Equal(DialOutcome.Answered, second.Outcome);
        Assert.Equal(1, _record.MaxSimultaneousCalls(Number));
    }

    [Fact]
    public void Dial_BusyAttempt_DoesNotOccupyTheLine()
    {
        var sut = CreateSut(new FaxSimulatorOptions { Lines = { [Number] = LineScript.BusyThenAnswer(1) } });
        sut.Dial("FX1", Number, Media, 1);

        var second = sut.Dial("FX2", Number, Media, 1);

        Assert.Equal(DialOutcome.Answered, second.Outcome);
    }

    [Fact]
    public void Dial_SameSeed_SameBackgroundBusySequence()
    {
        var options = new FaxSimulatorOptions { BackgroundBusyProbability = 0.5, RandomSeed = 7 };

        var first = Outcomes(CreateSut(options));
        var second = Outcomes(CreateSut(options));

        Assert.Equal(first, second);
        Assert.Contains(DialOutcome.Busy, first);
        Assert.Contains(DialOutcome.Answered, first);
    }

    [Fact]
    public void SetScript_AtRunTime_CountsAttemptsFromZeroAgain()
    {
        var sut = CreateSut(new FaxSimulatorOptions());
        sut.HangUp(sut.Dial("FX1", Number, Media, 1), CallOutcome.Delivered, 1);

        sut.SetScript(Number, LineScript.BusyThenAnswer(1));

        Assert.Equal(DialOutcome.Busy, sut.Dial("FX2", Number, Media, 1).Outcome);
        Assert.Equal(DialOutcome.Answered, sut.Dial("FX3", Number, Media, 1).Outcome);
    }

    private static List<DialOutcome> Outcomes(Switchboard sut) =>
        [.. Enumerable.Range(0, 20).Select(i =>
        {
            var call = sut.Dial($"FX{i}", Number, Media, 1);
            sut.HangUp(call, CallOutcome.Delivered, 1);
            return call.Outcome;
        })];

    private Switchboard CreateSut(FaxSimulatorOptions options) =>
        new(options, new SimulatorClock(_clock), _record, NullLogger<Switchboard>.Instance);
}
