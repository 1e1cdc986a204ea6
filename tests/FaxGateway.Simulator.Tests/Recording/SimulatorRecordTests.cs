using System.Net;
using FaxGateway.Simulator.Recording;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Recording;

public sealed class SimulatorRecordTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    private const string Number = "+16175550101";
    private const string Document = "http://127.0.0.1/fax.pdf";
    private static readonly DateTimeOffset T0 = new(2024, 11, 5, 12, 0, 0, TimeSpan.Zero);

    private readonly SimulatorRecord _sut = new();

    [Fact]
    public void MaxSimultaneousCalls_OverlappingCalls_IsTwo()
    {
        Call(Number, 0, 120, CallOutcome.Delivered);
        Call(Number, 30, 33, CallOutcome.Busy);

        Assert.Equal(2, _sut.MaxSimultaneousCalls(Number));
    }

    [Fact]
    public void MaxSimultaneousCalls_OneStartsAsTheOtherEnds_IsOne()
    {
        Call(Number, 0, 60, CallOutcome.Delivered);
        Call(Number, 60, 120, CallOutcome.Delivered);

        Assert.Equal(1, _sut.MaxSimultaneousCalls(Number));
    }

    [Fact]
    public void MaxSimultaneousCalls_CallStillUp_CountsUntilItEnds()
    {
        _sut.StartCall(new CallRecord("FX1", Number, Document, T0, null, null, null, 1, 0));
        Call(Number, 600, 660, CallOutcome.Delivered);

        Assert.Equal(2, _sut.MaxSimultaneousCalls(Number));
    }

    [Fact]
    public void MaxSimultaneousCalls_CallsToOtherNumbers_AreNotCounted()
    {
        Call(Number, 0, 60, CallOutcome.Delivered);
        Call("+16175550102", 0, 60, CallOutcome.Delivered);

        Assert.Equal(1, _sut.MaxSimultaneousCalls(Number));
        Assert.Equal(0, _sut.MaxSimultaneousCalls("+16175550199"));
    }

    [Fact]
    public void DeliveryCount_SameDocumentDeliveredTwice_IsTwoAndBusyAttemptsDoNotCount()
    {
        Call(Number, 0, 3, CallOutcome.Busy);
        Call(Number, 10, 70, CallOutcome.Delivered);
        Call(Number, 100, 160, CallOutcome.Delivered);

        Assert.Equal(2, _sut.DeliveryCount(Number, Document));
        Assert.Equal(2, _sut.MaxDeliveriesOfOneDocument());
        Assert.Equal(0, _sut.DeliveryCount("+16175550102", Document));
    }

    [Fact]
    public void MaxDeliveriesOfOneDocument_NothingDelivered_IsZero()
    {
        Assert.Equal(0, _sut.MaxDeliveriesOfOneDocument());
    }

    [Fact]
    public void CallRecordToString_LeavesOutTheMediaUrl()
    {
        var call = new CallRecord("FX1", Number, "https://bucket.example/secret.pdf", T0, null, null, null, 1, 0);

        Assert.DoesNotContain("secret", call.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Number, call.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_OverHttp_RecordsApiRequestsWithStatusButNotControlRoutes()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var intruder = new SimulatorClient(sim.Host.BaseUrl, sim.Options.AccountSid, "wrong");
        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));
        await intruder.FetchAsync(sid);
        await sim.Client.GetAsync("_sim/calls");

        var requests = sim.Host.Record.Requests;

        Assert.Equal(
            new[] { ("POST", "/v1/Faxes", 201), ("GET", $"/v1/Faxes/{sid}", 401) },
            requests.Select(request => (request.Method, request.Path, request.StatusCode)));
        Assert.All(requests, request => Assert.Equal(sim.Clock.GetUtcNow(), request.At));
    }

    [Fact]
    public async Task CallsRoute_AfterABusyAndADelivery_ShowsCallsWithoutMediaUrl()
    {
        await using var sim = await FakeClockSimulator.StartAsync(options => options.Lines[Number] = Simulator.Lines.LineScript.BusyThenAnswer(1));
        await sim.SendToEndAsync(Number, media.Pdf(1), sim.Options.BusyDuration);
        await sim.SendToEndAsync(Number, media.Pdf(1), TimeSpan.FromSeconds(60));

        var response = await sim.Client.GetAsync("_sim/calls");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var calls = response.Json.GetProperty("calls").EnumerateArray().ToList();
        Assert.Equal(new[] { "busy", "delivered" }, calls.Select(call => call.GetProperty("outcome").GetString()));
        Assert.Equal("script", calls[0].GetProperty("busy_cause").GetString());
        Assert.Equal(1, response.Json.GetProperty("max_simultaneous_calls").GetProperty(Number).GetInt32());
        Assert.DoesNotContain(media.BaseUrl.ToString(), response.Body, StringComparison.Ordinal);
    }

    private void Call(string to, int startSeconds, int endSeconds, CallOutcome outcome)
    {
        var index = _sut.StartCall(new CallRecord($"FX{startSeconds}", to, Document, T0.AddSeconds(startSeconds), null, null, null, 1, 0));
        _sut.EndCall(index, T0.AddSeconds(endSeconds), outcome, outcome == CallOutcome.Delivered ? 1 : 0);
    }
}
