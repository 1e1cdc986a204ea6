using FaxGateway.Core.Carriers;
using FaxGateway.Simulator.Lines;

namespace FaxGateway.IntegrationTests;

/// <summary>
/// The whole gateway (emulated SQS, the worker, real callbacks) through each carrier's adapter,
/// against the simulator speaking that carrier's API: a fax that meets a busy line once is
/// retried through the queues and then delivered, and the caller sees the carrier's own words.
/// </summary>
public sealed class CarrierEndToEndTests
{
    [Theory]
    [InlineData(CarrierNames.SignalWire, "+16175550401", "busy")]
    [InlineData(CarrierNames.Telnyx, "+16175550402", "failed: user_busy")]
    [InlineData(CarrierNames.Sinch, "+16175550403", "FAILURE: CALL_ERROR 17 Busy")]
    public async Task BusyOnceThenAnswers_TmpFailInTheCarriersWordsThenSent(string carrier, string number, string busyStatus)
    {
        await using var gateway = await GatewayHarness.StartAsync(
            new Dictionary<string, LineScript> { [number] = LineScript.BusyThenAnswer(1) },
            settings => settings with { MaxFaxAttempts = 3 },
            carrier: carrier);

        await gateway.SendFaxAsync($"{carrier}-fax", number, pages: 2);
        var callbacks = await gateway.WaitForFinalCallbackAsync($"{carrier}-fax");

        Assert.Equal(
            [
                ("tmp_fail", $"Failed to deliver fax (attempt 1 of 3). Fax status: {busyStatus}"),
                ("sent", "Fax sent successfully"),
            ],
            callbacks.Select(c => (c.Status, c.Message)));
        Assert.Equal(1, gateway.Simulator.Record.MaxDeliveriesOfOneDocument());
        Assert.Equal(2, gateway.Simulator.Record.CallsTo(number).Count);
    }
}
