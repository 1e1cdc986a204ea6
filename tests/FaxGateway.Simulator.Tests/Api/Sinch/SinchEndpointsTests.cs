using System.Net;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Api.Sinch;

public sealed class SinchEndpointsTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    private const string Number = "+16175550601";
    private static readonly string FaxesPath = $"v3/projects/{FaxSimulatorOptions.DefaultSinchProjectId}/faxes";

    [Fact]
    public async Task Create_Json_Returns200WithQueuedFaxLabelsAndMaxRetries()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);

        var (response, _) = await client.PostJsonAsync(FaxesPath, new { to = Number, contentUrl = media.Pdf(1).ToString(), maxRetries = 0, labels = new { fax_id = "f1" } });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{26}$", response.Text("id")!);
        Assert.Equal(("QUEUED", "OUTBOUND", 0), (response.Text("status"), response.Text("direction"), response.Number("maxRetries")));
        Assert.Equal("f1", response.Json.GetProperty("labels").GetProperty("fax_id").GetString());
    }

    [Fact]
    public async Task Create_MultipartWithoutMaxRetries_TakesTheServiceDefaultOf3()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);

        var response = await client.PostFormAsync(FaxesPath, ("to", Number), ("contentUrl", media.Pdf(1).ToString()));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(3, response.Number("maxRetries"));
    }

    [Fact]
    public async Task Fetch_BusyLine_FailureWithCallError17()
    {
        await using var sim = await FakeClockSimulator.StartAsync(options => options.Lines[Number] = LineScript.AlwaysBusy());
        using var client = Client(sim);
        var (created, _) = await client.PostJsonAsync(FaxesPath, new { to = Number, contentUrl = media.Pdf(1).ToString() });
        var id = created.Text("id")!;

        await sim.ToSendingAsync(id);
        await sim.FinishAsync(id, sim.Options.BusyDuration);
        var (fax, _) = await client.GetAsync($"{FaxesPath}/{id}");

        Assert.Equal(("FAILURE", "CALL_ERROR", 17), (fax.Text("status"), fax.Text("errorType"), fax.Number("errorCode")));
    }

    [Fact]
    public async Task Create_InvalidNumber_Returns422WithFieldViolations()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);

        var (response, _) = await client.PostJsonAsync(FaxesPath, new { to = "15551", contentUrl = media.Pdf(1).ToString() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal("to", response.Json.GetProperty("details").GetProperty("fieldViolations")[0].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("wrong-secret", "simulator-project")]
    [InlineData(FaxSimulatorOptions.DefaultSinchKeySecret, "another-project")]
    public async Task Request_WrongSecretOrProject_Returns401WithNoBody(string secret, string project)
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = new RawApiClient(sim.Host.BaseUrl, RawApiClient.Basic(FaxSimulatorOptions.DefaultSinchKeyId, secret));

        var (response, _) = await client.GetAsync($"v3/projects/{project}/faxes/anything");

        Assert.Equal((HttpStatusCode.Unauthorized, string.Empty), (response.Status, response.Body));
    }

    [Fact]
    public async Task List_ToPrefixAndCreateTimeRange_PagedWithLabels()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);
        var older = await CreateAsync(client, Number, "older");
        await CreateAsync(client, Number, "newer");
        await CreateAsync(client, "+16175550699", "other");

        var (response, _) = await client.GetAsync(
            $"{FaxesPath}?direction=OUTBOUND&to={Uri.EscapeDataString(Number[..^1])}&createTime%3E=1999-12-31T23:59:00Z&createTime%3C=2000-01-01&pageSize=1&page=2");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var fax = Assert.Single(response.Json.GetProperty("faxes").EnumerateArray());
        Assert.Equal((older, "older"), (fax.GetProperty("id").GetString(), fax.GetProperty("labels").GetProperty("fax_id").GetString()));
        Assert.Equal((2, 2, 1, 2), (response.Number("page"), response.Number("totalPages"), response.Number("pageSize"), response.Number("totalItems")));
    }

    [Theory]
    [InlineData("createTime=1999")]
    [InlineData("createTime%3E=2000-01-01T00:00:01Z")]
    [InlineData("direction=INBOUND")]
    [InlineData("from=%2B1999")]
    public async Task List_FilterNoFaxPasses_NoFaxes(string filter)
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);
        await CreateAsync(client, Number, "f1");

        var (response, _) = await client.GetAsync($"{FaxesPath}?{filter}");

        Assert.Equal((HttpStatusCode.OK, 0), (response.Status, response.Number("totalItems")));
    }

    [Fact]
    public async Task List_NoCreateTime_OnlyThePriorWeek()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);
        await CreateAsync(client, Number, "f1");

        var (thisWeek, _) = await client.GetAsync(FaxesPath);
        sim.Clock.Advance(TimeSpan.FromDays(8));
        var (later, _) = await client.GetAsync(FaxesPath);

        Assert.Equal((1, 0), (thisWeek.Number("totalItems"), later.Number("totalItems")));
    }

    [Theory]
    [InlineData("createTime=soon", "createTime")]
    [InlineData("pageSize=1001", "pageSize")]
    public async Task List_BadParameter_Returns422WithFieldViolations(string query, string field)
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = Client(sim);

        var (response, _) = await client.GetAsync($"{FaxesPath}?{query}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(field, response.Json.GetProperty("details").GetProperty("fieldViolations")[0].GetProperty("field").GetString());
    }

    private async Task<string> CreateAsync(RawApiClient client, string to, string faxId)
    {
        var (created, _) = await client.PostJsonAsync(FaxesPath, new { to, contentUrl = media.Pdf(1).ToString(), maxRetries = 0, labels = new { fax_id = faxId, attempt = "1" } });
        return created.Text("id")!;
    }

    private static RawApiClient Client(FakeClockSimulator sim) =>
        new(sim.Host.BaseUrl, RawApiClient.Basic(sim.Options.SinchKeyId, sim.Options.SinchKeySecret));
}
