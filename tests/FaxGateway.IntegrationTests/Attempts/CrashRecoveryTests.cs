using System.Collections.Concurrent;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Simulator.Lines;

namespace FaxGateway.IntegrationTests.Attempts;

/// <summary>
/// The processor dies at each point where dying costs most; SQS hands the message out again and
/// the next run carries on from the attempt record: every fax is delivered once, with one
/// final callback.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task RunDiesAtEachRiskyPoint_EveryFaxDeliveredOnceWithOneFinalCallback()
    {
        var crashes = new CrashOnce(
            ("before-send", FaultPoint.BeforeSend),
            ("after-send", FaultPoint.AfterSend),
            ("mid-poll", FaultPoint.MidPoll),
            ("between", FaultPoint.BetweenWebhookAndRetry));
        var lines = new Dictionary<string, LineScript> { ["+16175550714"] = LineScript.BusyThenAnswer(1) };
        await using var gateway = await GatewayHarness.StartAsync(lines, faults: crashes);

        await gateway.SendFaxAsync("before-send", "+16175550711", pages: 2);
        await gateway.SendFaxAsync("after-send", "+16175550712", pages: 2);
        // Long enough to be still on the line when the carrier answers the send, even on a slow machine.
        await gateway.SendFaxAsync("mid-poll", "+16175550713", pages: 20);
        await gateway.SendFaxAsync("between", "+16175550714", pages: 2);

        var faxIds = new[] { "before-send", "after-send", "mid-poll", "between" };
        foreach (var faxId in faxIds)
        {
            await gateway.WaitForFinalCallbackAsync(faxId, TimeSpan.FromSeconds(90));
        }

        // Long enough for a message handed out again by mistake to have come back and finished.
        await Task.Delay(gateway.Queues.Topology.Fax.VisibilityTimeout + TimeSpan.FromSeconds(2));
        foreach (var faxId in faxIds)
        {
            var callbacks = gateway.Callbacks.For(faxId);
            Assert.Single(callbacks, c => c.IsTerminal);
            Assert.Equal("sent", callbacks[^1].Status);
        }

        Assert.True(crashes.Crashed.Count == 4, "crashed at: " + string.Join(", ", crashes.Crashed));
        Assert.Equal(1, gateway.Simulator.Record.MaxDeliveriesOfOneDocument());
        Assert.Single(gateway.Simulator.Record.CallsTo("+16175550711"));
        Assert.Single(gateway.Simulator.Record.CallsTo("+16175550712"));
        Assert.Equal(2, gateway.Simulator.Record.CallsTo("+16175550714").Count);
        Assert.Equal(0, await gateway.CountAsync(gateway.Queues.FaxDeadLetter));
        Assert.Equal(0, await gateway.CountAsync(gateway.Queues.RetryDeadLetter));
    }

    /// <summary>Kills the run once at each (fax id, point) it is given.</summary>
    private sealed class CrashOnce(params (string FaxId, FaultPoint Point)[] points) : IFaultInjector
    {
        private readonly ConcurrentDictionary<(string, FaultPoint), bool> _pending = new(points.Select(p => KeyValuePair.Create((p.FaxId, p.Point), true)));

        public ConcurrentBag<(string FaxId, FaultPoint Point)> Crashed { get; } = [];

        public void At(FaultPoint point, Fax fax)
        {
            if (_pending.TryRemove((fax.FaxId, point), out _))
            {
                Crashed.Add((fax.FaxId, point));
                throw new InvalidOperationException($"simulated crash of fax {fax.FaxId} at {point}");
            }
        }
    }
}
