using System.Net;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Api.Telnyx;

public sealed class TelnyxEndpointsTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    private const string Number = "+16175550501";

    [Fact]
    public async Task Create_ValidFax_Returns202WithTheFaxInsideData()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);

        var (response, _) = await client.PostJsonAsync("v2/faxes", Body(sim, Number, media.Pdf(1)));

        Assert.Equal(HttpStatusCode.Accepted, response.Status);
        var data = response.Json.GetProperty("data");
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-", data.GetProperty("id").GetString()!);
        Assert.Equal(("fax", "queued", "outbound"), (data.GetProperty("record_type").GetString(), data.GetProperty("status").GetString(), data.GetProperty("direction").GetString()));
        Assert.Equal("c3RhdGU=", data.GetProperty("client_state").GetString());
        Assert.False(data.TryGetProperty("media_url", out _));
    }

    [Fact]
    public async Task Fetch_NumberNotInService_FailedWithUnallocatedNumber()
    {
        await using var sim = await FakeClockSimulator.StartAsync(options => options.Lines[Number] = LineScript.InvalidNumber());
        using var client = Client(sim);
        var (created, _) = await client.PostJsonAsync("v2/faxes", Body(sim, Number, media.Pdf(1)));
        var id = created.Json.GetProperty("data").GetProperty("id").GetString()!;

        await sim.ToSendingAsync(id);
        await sim.FinishAsync(id, sim.Options.BusyDuration);
        var (fax, _) = await client.GetAsync($"v2/faxes/{id}");

        var data = fax.Json.GetProperty("data");
        Assert.Equal(("failed", "receiver_unallocated_number"), (data.GetProperty("status").GetString(), data.GetProperty("failure_reason").GetString()));
    }

    [Fact]
    public async Task Create_UnknownConnection_Returns422PointingAtTheField()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);

        var (response, _) = await client.PostJsonAsync("v2/faxes", new { connection_id = "other", from = "+16175550000", to = Number, media_url = media.Pdf(1).ToString() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal("/connection_id", response.Json.GetProperty("errors")[0].GetProperty("source").GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task Request_WrongKey_Returns401InTelnyxsErrorShape()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = new RawApiClient(sim.Host.BaseUrl, RawApiClient.Bearer("wrong"));

        var (response, _) = await client.GetAsync("v2/faxes/anything");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("10009", response.Json.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Empty(sim.Host.Record.Calls);
    }

    [Fact]
    public async Task List_FilteredAndPagedByNumber_DataWithMetaAndClientState()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);
        var older = await CreateAsync(client, sim, Number);
        await CreateAsync(client, sim, Number);
        await CreateAsync(client, sim, "+16175550509");

        var (response, _) = await client.GetAsync(
            $"v2/faxes?filter[to][eq]={Uri.EscapeDataString(Number)}&filter[from][eq]=%2B16175550000&filter[direction][eq]=outbound&page[size]=1&page[number]=2");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var fax = Assert.Single(response.Json.GetProperty("data").EnumerateArray());
        Assert.Equal((older, "c3RhdGU=", "2000-01-01T00:00:00Z"), (fax.GetProperty("id").GetString(), fax.GetProperty("client_state").GetString(), fax.GetProperty("created_at").GetString()));
        var meta = response.Json.GetProperty("meta");
        Assert.Equal((2, 1, 2, 2), (meta.GetProperty("page_number").GetInt32(), meta.GetProperty("page_size").GetInt32(), meta.GetProperty("total_pages").GetInt32(), meta.GetProperty("total_results").GetInt32()));
    }

    [Theory]
    [InlineData("filter[created_at][gt]=2000-01-01T00:00:00Z")]
    [InlineData("filter[created_at][lt]=2000-01-01T00:00:00Z")]
    [InlineData("filter[direction][eq]=inbound")]
    public async Task List_FilterNoFaxPasses_EmptyData(string filter)
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);
        await CreateAsync(client, sim, Number);

        var (response, _) = await client.GetAsync($"v2/faxes?{filter}");

        Assert.Empty(response.Json.GetProperty("data").EnumerateArray());
        Assert.Equal(0, response.Json.GetProperty("meta").GetProperty("total_results").GetInt32());
    }

    [Fact]
    public async Task List_PageSizeOutOfRange_Returns422NamingTheParameter()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);

        var (response, _) = await client.GetAsync("v2/faxes?page[size]=0");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var error = response.Json.GetProperty("errors")[0];
        Assert.Equal(("10015", "page[size]"), (error.GetProperty("code").GetString(), error.GetProperty("source").GetProperty("parameter").GetString()));
    }

    private async Task<string> CreateAsync(RawApiClient client, FakeClockSimulator sim, string to)
    {
        var (created, _) = await client.PostJsonAsync("v2/faxes", Body(sim, to, media.Pdf(1)));
        return created.Json.GetProperty("data").GetProperty("id").GetString()!;
    }

    private static RawApiClient Client(FakeClockSimulator sim) =>
        new(sim.Host.BaseUrl, RawApiClient.Bearer(FaxSimulatorOptions.DefaultTelnyxApiKey));

    private static object Body(FakeClockSimulator sim, string to, Uri pdf) => new
    {
        connection_id = sim.Options.TelnyxConnectionId,
        from = "+16175550000",
        to,
        media_url = pdf.ToString(),
        store_media = false,
        client_state = "c3RhdGU=",
    };
}
