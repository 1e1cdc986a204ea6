using FaxGateway.Cli.FaultRun;
using Xunit.Abstractions;

namespace FaxGateway.IntegrationTests;

/// <summary>
/// <c>faxgw faults</c> in small: the same run in-process, with fewer faxes and more faults of
/// every kind, through the full local stack.
/// </summary>
public sealed class FaultRunTests(ITestOutputHelper log)
{
    [Fact]
    public async Task FaultRun_EveryKindOfFault_NoFaxLostNoneSentTwice()
    {
        using var output = new StringWriter();
        var run = new FaultRun(
            new FaultRunOptions
            {
                Faxes = 60,
                Numbers = 10,
                Speed = 120,
                Seed = 8,
                MaxFaxAttempts = 3,
                DeadLineShare = 0.1,
                KillRate = 0.1,
                CarrierErrorRate = 0.1,
                SqsErrorRate = 0.02,
                ReceiverDown = TimeSpan.FromMinutes(10),
                FaxVisibility = TimeSpan.FromSeconds(3),
                // Generous: the run takes about a minute; the limit only matters when a fax is stuck.
                Timeout = TimeSpan.FromSeconds(240),
            },
            output);

        var exitCode = await run.RunAsync(CancellationToken.None);

        var text = output.ToString();
        log.WriteLine(text);
        var report = run.Report!;
        Assert.True(report.Lost == 0, $"faxes lost:\n{text}");
        Assert.True(report.DeliveredTwice == 0, $"faxes delivered twice:\n{text}");

        // Every kind of fault was injected, and runs were killed at every point, so the run proved
        // something (seed 8 kills dead-line faxes between their tmp_fail callback and their retry).
        Assert.All(report.Injected.KillsByPoint.Values, kills => Assert.True(kills > 0, text));
        Assert.True(report.Injected.CarrierServerErrors > 0, text);
        Assert.True(report.Injected.SqsRefused + report.Injected.SqsAnswersLost > 0, text);
        Assert.True(report.Injected.ReceiverRefusals > 0, text);
        Assert.True(report.PermanentlyFailed > 0, text);

        Assert.True(report.ToldWrong == 0, $"faxes whose terminal callback the carrier contradicts:\n{text}");
        Assert.Equal(0, exitCode);
    }
}
