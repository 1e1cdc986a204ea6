using System.Net;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Api.SignalWire;

public sealed class SignalWireEndpointsTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    private const string Number = "+16175550701";
    private static readonly string FaxesPath = $"api/laml/2010-04-01/Accounts/{FaxSimulatorOptions.DefaultSignalWireProjectId}/Faxes";

    [Fact]
    public async Task Create_ValidForm_Returns201WithUuidSidAndStringPages()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);

        var response = await client.PostFormAsync($"{FaxesPath}.json", ("To", Number), ("From", "+16175550000"), ("MediaUrl", media.Pdf(2).ToString()));

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var sid = response.Text("sid")!;
        Assert.Matches("^[0-9a-f]{8}-", sid);
        Assert.Equal(FaxSimulatorOptions.DefaultSignalWireProjectId, response.Text("account_sid"));
        Assert.Equal($"/{FaxesPath}/{sid}", response.Text("url"));

        await sim.ToSendingAsync(sid);
        var (fax, _) = await client.GetAsync($"{FaxesPath}/{sid}.json");
        Assert.Equal(("sending", "2"), (fax.Text("status"), fax.Text("num_pages")));
    }

    [Fact]
    public async Task Fetch_TwilioFaxThroughSignalWire_Returns404()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var twilioSid = await sim.Client.SendAsync(Number, media.Pdf(1));
        using var client = Client(sim);

        var (response, _) = await client.GetAsync($"{FaxesPath}/{twilioSid}.json");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }

    [Fact]
    public async Task Request_OtherProjectInThePath_Returns401()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);

        var (response, _) = await client.GetAsync("api/laml/2010-04-01/Accounts/another-project/Faxes/x.json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(20003, response.Number("code"));
    }

    private static RawApiClient Client(FakeClockSimulator sim) =>
        new(sim.Host.BaseUrl, RawApiClient.Basic(sim.Options.SignalWireProjectId, sim.Options.SignalWireApiToken));
}
