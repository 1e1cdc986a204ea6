using System.Net;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Api;

public sealed class CancelFaxEndpointTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    private const string Number = "+16175550101";

    [Fact]
    public async Task Cancel_WhileQueued_CanceledAndNoCallIsMade()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));

        var response = await sim.Client.CancelAsync(sid);
        sim.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal((HttpStatusCode.OK, FaxStatuses.Canceled), (response.Status, response.Text("status")));
        Assert.Equal(FaxStatuses.Canceled, await sim.Host.WaitForFinalStatusAsync(sid, TestTimeout.Token()));
        Assert.Equal(FaxStatuses.Canceled, (await sim.Client.FetchAsync(sid)).Text("status"));
        Assert.Empty(sim.Host.Record.Calls);
    }

    [Fact]
    public async Task Cancel_WhileProcessing_CanceledAndNoCallIsMade()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));
        await sim.ToProcessingAsync(sid);

        var response = await sim.Client.CancelAsync(sid);
        sim.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal((HttpStatusCode.OK, FaxStatuses.Canceled), (response.Status, response.Text("status")));
        Assert.Empty(sim.Host.Record.Calls);
    }

    [Fact]
    public async Task Cancel_WhileSending_Returns400AndTheFaxGoesOn()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));
        await sim.ToSendingAsync(sid);

        var response = await sim.Client.CancelAsync(sid);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(21220, response.Number("code"));
        Assert.Equal($"Fax {sid} cannot be canceled: transmission has already started", response.Text("message"));
        Assert.Equal(FaxStatuses.Delivered, await sim.FinishAsync(sid, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public async Task Cancel_AfterDelivery_Returns400()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));
        await sim.ToSendingAsync(sid);
        await sim.FinishAsync(sid, TimeSpan.FromSeconds(60));

        var response = await sim.Client.CancelAsync(sid);

        Assert.Equal((HttpStatusCode.BadRequest, 21220), (response.Status, response.Number("code")!.Value));
        Assert.Contains("already ended (delivered)", response.Text("message"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("delivered")]
    [InlineData("")]
    public async Task Cancel_StatusOtherThanCanceled_Returns400AndFaxIsUntouched(string status)
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));

        var response = await sim.Client.CancelAsync(sid, status);

        Assert.Equal((HttpStatusCode.BadRequest, 20001), (response.Status, response.Number("code")!.Value));
        Assert.Equal(FaxStatuses.Queued, (await sim.Client.FetchAsync(sid)).Text("status"));
    }

    [Fact]
    public async Task Cancel_UnknownSid_Returns404()
    {
        await using var sim = await FakeClockSimulator.StartAsync();

        var response = await sim.Client.CancelAsync("FX11111111111111111111111111111111");

        Assert.Equal((HttpStatusCode.NotFound, 20404), (response.Status, response.Number("code")!.Value));
    }
}
