using FaxGateway.Simulator.Lines;

namespace FaxGateway.IntegrationTests;

/// <summary>Faxes through the whole gateway: emulated SQS, the worker, the simulator, real callbacks.</summary>
public sealed class EndToEndTests
{
    private static readonly string[] Numbers = ["+16175550201", "+16175550202", "+16175550203", "+16175550204", "+16175550205"];

    [Fact]
    public async Task ThirtyFaxesToFiveNumbers_EachDeliveredOnce_NeverTwoCallsToOneNumberAtOnce()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var faxes = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var fax = await gateway.SendFaxAsync($"fax-{i:00}", Numbers[i % Numbers.Length], pages: 1 + (i % 4));
            faxes.Add(fax.FaxId);
        }

        foreach (var faxId in faxes)
        {
            var callbacks = await gateway.WaitForFinalCallbackAsync(faxId);
            Assert.Equal(["sent"], callbacks.Select(c => c.Status));
        }

        Assert.All(gateway.Simulator.Record.MaxSimultaneousCallsByNumber(), pair => Assert.Equal(1, pair.Value));
        Assert.Equal(1, gateway.Simulator.Record.MaxDeliveriesOfOneDocument());
        Assert.Equal(30, gateway.Simulator.Record.Calls.Count);
    }

    [Fact]
    public async Task BusyTwiceThenAnswers_TwoTmpFailCallbacksThenSent()
    {
        const string number = "+16175550211";
        await using var gateway = await GatewayHarness.StartAsync(
            new Dictionary<string, LineScript> { [number] = LineScript.BusyThenAnswer(2) },
            settings => settings with { MaxFaxAttempts = 5 });

        await gateway.SendFaxAsync("busy-twice", number);
        var callbacks = await gateway.WaitForFinalCallbackAsync("busy-twice");

        Assert.Equal(
            [
                ("tmp_fail", "Failed to deliver fax (attempt 1 of 5). Fax status: busy"),
                ("tmp_fail", "Failed to deliver fax (attempt 2 of 5). Fax status: busy"),
                ("sent", "Fax sent successfully"),
            ],
            callbacks.Select(c => (c.Status, c.Message)));
    }

    [Fact]
    public async Task AlwaysBusyWithThreeAttempts_TwoTmpFailsThenPermFailWithTheOriginalsTexts()
    {
        const string number = "+16175550221";
        await using var gateway = await GatewayHarness.StartAsync(
            new Dictionary<string, LineScript> { [number] = LineScript.AlwaysBusy() },
            settings => settings with { MaxFaxAttempts = 3 });

        await gateway.SendFaxAsync("always-busy", number);
        var callbacks = await gateway.WaitForFinalCallbackAsync("always-busy");

        Assert.Equal(
            [
                ("tmp_fail", "Failed to deliver fax (attempt 1 of 3). Fax status: busy"),
                ("tmp_fail", "Failed to deliver fax (attempt 2 of 3). Fax status: busy"),
                ("perm_fail", "Failed to deliver fax after 3 tries. Last attempt status: busy"),
            ],
            callbacks.Select(c => (c.Status, c.Message)));
        Assert.Equal(3, gateway.Simulator.Record.CallsTo(number).Count);
    }

    [Fact]
    public async Task FaxLongerThanTheQueuesVisibilityTimeout_IsSentOnceAndNotHandedOutAgain()
    {
        const string number = "+16175550231";
        await using var gateway = await GatewayHarness.StartAsync(configure: settings => settings with { AttemptTimeout = TimeSpan.FromSeconds(60) });
        var visibility = gateway.Queues.Topology.Fax.VisibilityTimeout;

        await gateway.SendFaxAsync("long-fax", number, pages: 150);
        var callbacks = await gateway.WaitForFinalCallbackAsync("long-fax");

        var call = Assert.Single(gateway.Simulator.Record.CallsTo(number));
        Assert.True(call.EndedAt - call.StartedAt > visibility, $"the fax took {call.EndedAt - call.StartedAt}, not longer than the {visibility} visibility timeout");
        Assert.Equal(["sent"], callbacks.Select(c => c.Status));
    }
}
