using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Api;

public sealed partial class FaxEndpointsTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    private const string Number = "+16175550101";

    [Fact]
    public async Task Create_ValidFax_Returns201WithTwilioShapedQueuedResource()
    {
        await using var sim = await FakeClockSimulator.StartAsync();

        var response = await sim.Client.CreateAsync(Number, media.Pdf(1));

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var sid = response.Text("sid")!;
        Assert.Matches(FaxSid(), sid);
        Assert.Matches(MediaSid(), response.Text("media_sid")!);
        Assert.Equal(sim.Options.AccountSid, response.Text("account_sid"));
        Assert.Equal((SimulatorClient.From, Number), (response.Text("from"), response.Text("to")));
        Assert.Equal(("fine", FaxStatuses.Queued, "outbound", "v1"), (response.Text("quality"), response.Text("status"), response.Text("direction"), response.Text("api_version")));
        Assert.Equal("USD", response.Text("price_unit"));
        foreach (var empty in new[] { "media_url", "num_pages", "duration", "price", "error_code", "error_message" })
        {
            Assert.True(response.IsNull(empty), empty);
        }

        Assert.Equal("2000-01-01T00:00:00Z", response.Text("date_created"));
        Assert.Equal(response.Text("date_created"), response.Text("date_updated"));
        Assert.Equal($"{sim.Host.BaseUrl}v1/Faxes/{sid}", response.Text("url"));
        Assert.Equal($"{sim.Host.BaseUrl}v1/Faxes/{sid}/Media", response.Json.GetProperty("links").GetProperty("media").GetString());
    }

    [Fact]
    public async Task Fetch_KnownSid_Returns200WithSameResource()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));

        var response = await sim.Client.FetchAsync(sid);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal((sid, FaxStatuses.Queued), (response.Text("sid"), response.Text("status")));
    }

    [Fact]
    public async Task Fetch_UnknownSid_Returns404TwilioError()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        const string sid = "FX00000000000000000000000000000000";

        var response = await sim.Client.FetchAsync(sid);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal(
            $$"""{"code":20404,"message":"The requested resource /v1/Faxes/{{sid}} was not found","more_info":"https://www.twilio.com/docs/errors/20404","status":404}""",
            response.Body);
    }

    [Theory]
    [InlineData("To", "6175550101", 21211, "Invalid 'To' Phone Number")]
    [InlineData("To", "", 21604, "A 'To' phone number is required.")]
    [InlineData("From", "", 21603, "A 'From' phone number is required.")]
    [InlineData("From", "sales", 21212, "Invalid 'From' Phone Number")]
    [InlineData("MediaUrl", "ftp://files.example/fax.pdf", 21620, "'MediaUrl' is required and must be an absolute http or https URL")]
    [InlineData("MediaUrl", "", 21620, "'MediaUrl' is required and must be an absolute http or https URL")]
    [InlineData("Quality", "glossy", 20001, "Invalid parameter 'Quality': must be standard, fine or superfine")]
    [InlineData("StoreMedia", "maybe", 20001, "Invalid parameter 'StoreMedia': must be true or false")]
    [InlineData("Ttl", "-5", 20001, "Invalid parameter 'Ttl': must be a positive number of minutes")]
    public async Task Create_InvalidParameter_Returns400TwilioError(string name, string value, int code, string message)
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var form = new Dictionary<string, string>
        {
            ["To"] = Number, ["From"] = SimulatorClient.From, ["MediaUrl"] = media.Pdf(1).ToString(), [name] = value,
        };

        var response = await sim.Client.PostAsync("v1/Faxes", form.Select(field => (field.Key, field.Value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal((code, message, 400), (response.Number("code")!.Value, response.Text("message"), response.Number("status")!.Value));
        Assert.Equal($"https://www.twilio.com/docs/errors/{code}", response.Text("more_info"));
        Assert.Empty(sim.Host.Record.Calls);
    }

    [Fact]
    public async Task Create_Rejected_ErrorBodyNeverEchoesMediaUrlOrCredentials()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var secretUrl = new Uri("https://bucket.example/fax.pdf?X-Amz-Signature=secret-signature");

        var response = await sim.Client.CreateAsync("not-a-number", secretUrl);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.DoesNotContain("secret-signature", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("bucket.example", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(sim.Options.AuthToken, response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_StoreMedia_MediaUrlServesTheFetchedPdf()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var sid = await sim.Client.SendAsync(Number, media.Pdf(2), ("StoreMedia", "true"));
        await sim.ToSendingAsync(sid);

        var mediaUrl = (await sim.Client.FetchAsync(sid)).Text("media_url")!;
        var pdf = await sim.Client.GetAsync(new Uri(mediaUrl).AbsolutePath.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, pdf.Status);
        Assert.StartsWith("%PDF-", pdf.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ThreeFaxes_NewestFirstAndPageSizeHonoured()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var sids = new List<string>();
        foreach (var to in new[] { "+16175550101", "+16175550102", "+16175550103" })
        {
            sids.Add(await sim.Client.SendAsync(to, media.Pdf(1)));
        }

        var all = await sim.Client.GetAsync("v1/Faxes");
        var page = await sim.Client.GetAsync("v1/Faxes?PageSize=2");

        Assert.Equal(Enumerable.Reverse(sids), Sids(all));
        Assert.Equal(Enumerable.Reverse(sids).Take(2), Sids(page));
        Assert.Equal(2, page.Json.GetProperty("meta").GetProperty("page_size").GetInt32());
        Assert.Equal("faxes", page.Json.GetProperty("meta").GetProperty("key").GetString());
    }

    [Fact]
    public async Task List_MorePagesThanOne_NextPageUrlKeepsTheFiltersAndEndsWithNull()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var older = await sim.Client.SendAsync(Number, media.Pdf(1));
        var newer = await sim.Client.SendAsync(Number, media.Pdf(1));
        await sim.Client.SendAsync("+16175550109", media.Pdf(1));

        var first = await sim.Client.GetAsync($"v1/Faxes?To={Uri.EscapeDataString(Number)}&PageSize=1");
        var next = first.Json.GetProperty("meta").GetProperty("next_page_url").GetString()!;
        var second = await sim.Client.GetAsync(new Uri(next).PathAndQuery.TrimStart('/'));

        Assert.Equal([newer], Sids(first));
        Assert.StartsWith($"{sim.Host.BaseUrl}v1/Faxes?", next, StringComparison.Ordinal);
        Assert.Contains("To=%2B16175550101", next, StringComparison.Ordinal);
        Assert.Equal([older], Sids(second));
        Assert.Equal(JsonValueKind.Null, second.Json.GetProperty("meta").GetProperty("next_page_url").ValueKind);
        Assert.Equal(1, second.Json.GetProperty("meta").GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task List_PageSizeOutOfRange_Returns400TwilioError()
    {
        await using var sim = await FakeClockSimulator.StartAsync();

        var response = await sim.Client.GetAsync("v1/Faxes?PageSize=1001");

        Assert.Equal((HttpStatusCode.BadRequest, 20001), (response.Status, response.Number("code")));
    }

    [Fact]
    public async Task Request_WrongPassword_Returns401TwilioError()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var intruder = new SimulatorClient(sim.Host.BaseUrl, sim.Options.AccountSid, "wrong-token");

        var response = await intruder.CreateAsync(Number, media.Pdf(1));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(
            """{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}""",
            response.Body);
        Assert.Empty(sim.Host.Record.Calls);
    }

    [Theory]
    [InlineData("AC99999999999999999999999999999999", FaxGateway.Simulator.Hosting.FaxSimulatorOptions.DefaultAuthToken)]
    [InlineData(FaxGateway.Simulator.Hosting.FaxSimulatorOptions.DefaultAccountSid, null)]
    public async Task Request_WrongUserOrNoCredentials_Returns401(string accountSid, string? authToken)
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        using var client = new SimulatorClient(sim.Host.BaseUrl, accountSid, authToken);

        var response = await client.GetAsync("v1/Faxes");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(20003, response.Number("code"));
    }

    private static IEnumerable<string> Sids(ApiResponse list) =>
        list.Json.GetProperty("faxes").EnumerateArray().Select(fax => fax.GetProperty("sid").GetString()!);

    [GeneratedRegex("^FX[0-9a-f]{32}$")]
    private static partial Regex FaxSid();

    [GeneratedRegex("^ME[0-9a-f]{32}$")]
    private static partial Regex MediaSid();
}
