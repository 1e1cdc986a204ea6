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

    [Fact]
    public async Task List_ToFilterAndPaging_TwoThousandTenStyleLinksAndOnlySignalWireFaxes()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);
        var older = await CreateAsync(client, Number);
        var newer = await CreateAsync(client, Number);
        await CreateAsync(client, "+16175550709");
        await sim.Client.SendAsync(Number, media.Pdf(1));

        var (first, _) = await client.GetAsync($"{FaxesPath}.json?To={Uri.EscapeDataString(Number)}&From=%2B16175550000&PageSize=1");
        var next = first.Text("next_page_uri")!;
        var (second, _) = await client.GetAsync(next.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal((0, 1), (first.Number("page"), first.Number("page_size")));
        Assert.Equal([newer], Sids(first));
        Assert.StartsWith($"/{FaxesPath}.json?", next, StringComparison.Ordinal);
        Assert.Contains("Page=1", next, StringComparison.Ordinal);
        Assert.Equal([older], Sids(second));
        Assert.True(second.IsNull("next_page_uri"));
        Assert.Equal(first.Text("first_page_uri"), second.Text("first_page_uri"));
        var fax = second.Json.GetProperty("faxes")[0];
        Assert.Equal((Number, "2000-01-01T00:00:00Z"), (fax.GetProperty("to").GetString(), fax.GetProperty("date_created").GetString()));
    }

    [Fact]
    public async Task List_DateCreatedAfterTheLastFax_IsEmpty()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);
        await CreateAsync(client, Number);

        var (response, _) = await client.GetAsync($"{FaxesPath}.json?DateCreatedAfter=2000-01-01T00:00:00Z");

        Assert.Empty(Sids(response));
        Assert.True(response.IsNull("next_page_uri"));
    }

    [Fact]
    public async Task List_DateThatIsNoDate_Returns400TwilioShaped()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);

        var (response, _) = await client.GetAsync($"{FaxesPath}.json?DateCreatedAfter=yesterday");

        Assert.Equal((HttpStatusCode.BadRequest, 20001), (response.Status, response.Number("code")));
    }

    private async Task<string> CreateAsync(RawApiClient client, string to) =>
        (await client.PostFormAsync($"{FaxesPath}.json", ("To", to), ("From", "+16175550000"), ("MediaUrl", media.Pdf(1).ToString()))).Text("sid")!;

    private static List<string> Sids(ApiResponse list) =>
        [.. list.Json.GetProperty("faxes").EnumerateArray().Select(fax => fax.GetProperty("sid").GetString()!)];

    private static RawApiClient Client(FakeClockSimulator sim) =>
        new(sim.Host.BaseUrl, RawApiClient.Basic(sim.Options.SignalWireProjectId, sim.Options.SignalWireApiToken));
}
