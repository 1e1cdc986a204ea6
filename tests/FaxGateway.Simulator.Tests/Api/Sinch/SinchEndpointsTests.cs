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

    private static RawApiClient Client(FakeClockSimulator sim) =>
        new(sim.Host.BaseUrl, RawApiClient.Basic(sim.Options.SinchKeyId, sim.Options.SinchKeySecret));
}
