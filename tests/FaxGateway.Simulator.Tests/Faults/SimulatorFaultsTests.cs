using System.Net;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Faults;

public sealed class SimulatorFaultsTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    private const string Number = "+16175550801";

    [Fact]
    public async Task RateLimit_TwiceOnCreate_Answers429WithRetryAfterThenCreates()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        sim.Host.Faults.RateLimit(2, TimeSpan.FromSeconds(2.5), FaultTarget.Create);

        var first = await sim.Client.CreateAsync(Number, media.Pdf(1));
        var second = await sim.Client.CreateAsync(Number, media.Pdf(1));
        var third = await sim.Client.CreateAsync(Number, media.Pdf(1));

        Assert.Equal((HttpStatusCode.TooManyRequests, 20429), (first.Status, first.Number("code")));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.Equal(HttpStatusCode.Created, third.Status);
        Assert.Equal([429, 429, 201], sim.Host.Record.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task RateLimit_RetryAfterHeader_InWholeSecondsRoundedUp()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        sim.Host.Faults.RateLimit(1, TimeSpan.FromSeconds(2.5));
        using var client = new RawApiClient(sim.Host.BaseUrl, RawApiClient.Bearer(FaxSimulatorOptions.DefaultTelnyxApiKey));

        var (response, message) = await client.GetAsync("v2/faxes/anything");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal(TimeSpan.FromSeconds(3), message.Headers.RetryAfter?.Delta);
        Assert.Equal("10011", response.Json.GetProperty("errors")[0].GetProperty("code").GetString());
        message.Dispose();
    }

    [Fact]
    public async Task ServerError_OnReadsOnly_LeavesCreatesAlone()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        sim.Host.Faults.ServerError(1, 503, FaultTarget.Read);

        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));
        var failed = await sim.Client.FetchAsync(sid);
        var read = await sim.Client.FetchAsync(sid);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (failed.Status, read.Status));
    }

    [Fact]
    public async Task UnknownStatus_NextReadsShowIt_ThenTheRealStatus()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        sim.Host.Faults.UnknownStatus(1, "on_hold");
        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));

        var unknown = await sim.Client.FetchAsync(sid);
        var real = await sim.Client.FetchAsync(sid);

        Assert.Equal(("on_hold", "queued"), (unknown.Text("status"), real.Text("status")));
    }

    [Fact]
    public async Task Faults_NeverAnswerARequestWithoutCredentials()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        sim.Host.Faults.ServerError(1);
        using var intruder = new SimulatorClient(sim.Host.BaseUrl, sim.Options.AccountSid, "wrong-token");

        var response = await intruder.GetAsync("v1/Faxes");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }
}
