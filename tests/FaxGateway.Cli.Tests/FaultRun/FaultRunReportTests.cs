using FaxGateway.Cli.FaultRun;
using FaxGateway.Cli.Local;
using FaxGateway.Core.Hosting;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Cli.Tests.FaultRun;

public sealed class FaultRunReportTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_EveryFaxToldOnceAndDeliveredOnce_Passes()
    {
        var faxes = new[] { Fax("f-1"), Fax("f-2") };
        var callbacks = new Dictionary<string, IReadOnlyList<ReceivedCallback>>
        {
            ["f-1"] = [Callback("f-1", "tmp_fail", "msg_a"), Callback("f-1", "sent", "msg_b"), Callback("f-1", "sent", "msg_b")],
            ["f-2"] = [Callback("f-2", "perm_fail", "msg_c")],
        };

        var report = Build(faxes, callbacks, [Delivered("f-1")]);

        Assert.True(report.Passed);
        Assert.Equal((2, 1, 1, 0, 0, 0, 0), (report.Faxes, report.Delivered, report.PermanentlyFailed, report.Lost, report.DeliveredTwice, report.SeveralTerminalEvents, report.ToldWrong));
        Assert.Equal(4, report.CallbacksReceived);
        var text = Print(report);
        Assert.Contains("terminal callbacks per fax (min/max)", text, StringComparison.Ordinal);
        Assert.Contains("1/2", text, StringComparison.Ordinal);
        Assert.Contains("PASSED", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LostAndTwiceDeliveredAndToldWrong_FailsAndNamesThem()
    {
        var faxes = new[] { Fax("f-lost"), Fax("f-twice"), Fax("f-wrong"), Fax("f-ok") };
        var callbacks = new Dictionary<string, IReadOnlyList<ReceivedCallback>>
        {
            ["f-lost"] = [Callback("f-lost", "tmp_fail", "msg_1")],
            ["f-twice"] = [Callback("f-twice", "sent", "msg_2"), Callback("f-twice", "perm_fail", "msg_3")],
            ["f-wrong"] = [Callback("f-wrong", "sent", "msg_4")],
            ["f-ok"] = [Callback("f-ok", "sent", "msg_5")],
        };

        var report = Build(faxes, callbacks, [Delivered("f-twice"), Delivered("f-twice"), Delivered("f-ok")]);

        Assert.False(report.Passed);
        Assert.Equal((1, 1, 1, 1), (report.Lost, report.DeliveredTwice, report.SeveralTerminalEvents, report.ToldWrong));
        var text = Print(report);
        Assert.Contains("f-lost to ...0101, 1 page(s): LOST: no terminal callback", text, StringComparison.Ordinal);
        Assert.Contains("f-twice to ...0101, 1 page(s): DELIVERED 2 TIMES; 2 distinct terminal events", text, StringComparison.Ordinal);
        Assert.Contains("f-wrong to ...0101, 1 page(s): told sent but delivered 0 time(s)", text, StringComparison.Ordinal);
        Assert.Contains("killed   attempt 1 at AfterSend", text, StringComparison.Ordinal);
        Assert.Contains("gateway  at    2.00 s FaxSendFound: A run died while sending fax f-wrong", text, StringComparison.Ordinal);
        Assert.DoesNotContain("f-ok to", text, StringComparison.Ordinal);
        Assert.Contains("FAILED: 1 fax(es) lost, 1 delivered more than once", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnsignedCallbacks_TellEventsApartByStatus()
    {
        var callbacks = new Dictionary<string, IReadOnlyList<ReceivedCallback>>
        {
            ["f-1"] = [Callback("f-1", "sent", null), Callback("f-1", "sent", null)],
        };

        var report = Build([Fax("f-1")], callbacks, [Delivered("f-1")]);

        Assert.Equal(0, report.SeveralTerminalEvents);
        Assert.True(report.Passed);
    }

    private static FaultRunReport Build(FaultFax[] faxes, Dictionary<string, IReadOnlyList<ReceivedCallback>> callbacks, CallRecord[] calls) =>
        FaultRunReport.Build(
            faxes,
            new FaultEvidence(
                faxId => callbacks.GetValueOrDefault(faxId) ?? [],
                calls,
                faxId => [new RandomCrashes.Crash(faxId, 1, FaultPoint.AfterSend, Start.AddSeconds(1))],
                faxId => [new GatewayLogTally.Event(Start.AddSeconds(2), "FaxSendFound", $"A run died while sending fax {faxId}")]),
            Start,
            new FaultInjections { KillsByPoint = new Dictionary<FaultPoint, int> { [FaultPoint.AfterSend] = faxes.Length }, Attempts = faxes.Length },
            new Dictionary<string, int> { ["fax"] = 0, ["retry"] = 0, ["webhook"] = 0 },
            new Dictionary<string, int>(),
            maxSimultaneousCalls: 1,
            TimeSpan.FromSeconds(90),
            speed: 60,
            new Dictionary<string, int> { ["MessageFailed (SimulatedCrashException)"] = faxes.Length });

    private static string Print(FaultRunReport report)
    {
        using var output = new StringWriter();
        report.Print(output);
        return output.ToString();
    }

    private static FaultFax Fax(string faxId) => new(faxId, "+12125550101", 1, Url(faxId));

    private static Uri Url(string faxId) => new($"http://127.0.0.1:1/media/{faxId}.pdf");

    private static ReceivedCallback Callback(string faxId, string status, string? webhookId) =>
        new(faxId, status, "message", 1_772_366_400, Start.AddSeconds(5), webhookId);

    private static CallRecord Delivered(string faxId) =>
        new("FX" + faxId, "+12125550101", Url(faxId).ToString(), Start, Start.AddMinutes(1), CallOutcome.Delivered, null, 1, 1);
}
