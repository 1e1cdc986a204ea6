using System.Globalization;
using System.Net;
using System.Text;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Twilio;
using FaxGateway.Core.Hosting;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Carriers.Twilio;

/// <summary>The client's requests and its reading of answers, over real HTTP to a loopback server.</summary>
public sealed class TwilioFaxCarrierTests : IAsyncLifetime
{
    private const string Sid = "FXa1b2c3d4e5f60718293a4b5c6d7e8f90";
    private LoopbackHttpServer _api = null!;

    public async Task InitializeAsync() => _api = await LoopbackHttpServer.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task SendAsync_PostsTheOriginalsFormFieldsWithBasicAuth()
    {
        _api.Respond(_ => ScriptedResponse.Json(201, Resource("queued")));

        var fax = await CreateSut().SendAsync(new FaxSendRequest("+16175551234", "https://media.example/a.pdf?sig=1&x=2", "abc123", 1), CancellationToken.None);

        Assert.Equal(new CarrierFax(Sid, CarrierFaxState.Pending, "queued"), fax);
        var request = Assert.Single(_api.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/Faxes", request.PathAndQuery);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ACtest:twilio-test-token")), request.Header("Authorization"));
        Assert.Equal(
            "To=%2B16175551234&From=%2B16175550000&MediaUrl=https%3A%2F%2Fmedia.example%2Fa.pdf%3Fsig%3D1%26x%3D2&StoreMedia=false&Ttl=5",
            request.Body);
    }

    [Fact]
    public async Task GetAsync_ReadsStatusAndPages()
    {
        _api.Respond(_ => ScriptedResponse.Json(200, Resource("delivered", pages: 3)));

        var fax = await CreateSut().GetAsync(Sid, CancellationToken.None);

        Assert.Equal(new CarrierFax(Sid, CarrierFaxState.Delivered, "delivered", 3), fax);
        Assert.Equal($"/v1/Faxes/{Sid}", Assert.Single(_api.Requests).PathAndQuery);
    }

    [Fact]
    public async Task CancelAsync_PostsStatusCanceled()
    {
        _api.Respond(_ => ScriptedResponse.Json(200, Resource("canceled")));

        await CreateSut().CancelAsync(Sid, CancellationToken.None);

        var request = Assert.Single(_api.Requests);
        Assert.Equal(("POST", $"/v1/Faxes/{Sid}", "Status=canceled"), (request.Method, request.PathAndQuery, request.Body));
    }

    [Fact]
    public async Task SendAsync_WrongCredentials_ThrowsNamingTheSettings()
    {
        _api.Respond(_ => ScriptedResponse.Json(401, """{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}"""));

        var error = await Assert.ThrowsAsync<CarrierException>(() => CreateSut().SendAsync(new FaxSendRequest("+16175551234", "https://m/a.pdf", "abc123", 1), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("The fax API refused to send a fax: HTTP 401: 20003 Authenticate (check TWILIO_SID and TWILIO_AUTH_TOKEN)", error.Message);
        Assert.DoesNotContain("twilio-test-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_ServerErrorWithHtmlBody_ThrowsWithStatus()
    {
        _api.Respond(_ => new ScriptedResponse(503, Encoding.UTF8.GetBytes("<html>down</html>"), "text/html", new Dictionary<string, string>()));

        var error = await Assert.ThrowsAsync<CarrierException>(() => CreateSut().GetAsync(Sid, CancellationToken.None));

        Assert.Equal("The fax API refused to read a fax's status: HTTP 503", error.Message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"status":"queued"}""")]
    public async Task SendAsync_UnreadableAnswer_Throws(string body)
    {
        _api.Respond(_ => ScriptedResponse.Json(201, body));

        await Assert.ThrowsAsync<CarrierException>(() => CreateSut().SendAsync(new FaxSendRequest("+16175551234", "https://m/a.pdf", "abc123", 1), CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_NothingListening_ThrowsCarrierException()
    {
        var carrier = CreateSut(new Uri("http://127.0.0.1:1/"));

        var error = await Assert.ThrowsAsync<CarrierException>(() => carrier.GetAsync(Sid, CancellationToken.None));

        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task FindAsync_ListsOurNumberToTheDestinationSinceTheSendBegan_ReturnsTheNewestMatch()
    {
        // The fax sent to the number before this run was created in an earlier second.
        _api.Respond(_ => ScriptedResponse.Json(200, List(
            Listed(Sid, "+16175550000", Destination, "2030-01-01T10:00:01Z", "sending"),
            Listed("FXjustbefore", "+16175550000", Destination, "2030-01-01T09:59:59Z", "delivered"))));

        var fax = await Lookup().FindAsync(LookupRequest, NotBefore, CancellationToken.None);

        Assert.Equal(new CarrierFax(Sid, CarrierFaxState.Pending, "sending"), fax);
        var request = Assert.Single(_api.Requests);
        Assert.Equal("/v1/Faxes?From=%2B16175550000&To=%2B16175551234&DateCreatedAfter=2030-01-01T09%3A59%3A59Z&PageSize=50", request.PathAndQuery);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ACtest:twilio-test-token")), request.Header("Authorization"));
    }

    [Fact]
    public async Task FindAsync_ListedFaxesOfOtherNumbersOrFromBeforeTheSend_IsNull()
    {
        // A carrier that ignored the filters: every fax is checked again here.
        _api.Respond(_ => ScriptedResponse.Json(200, List(
            Listed("FXother", "+16175550000", "+16175559999", "2030-01-01T10:01:00Z", "queued"),
            Listed("FXinbound", "+16175559999", Destination, "2030-01-01T10:01:00Z", "received"),
            Listed("FXolder", "+16175550000", Destination, "2030-01-01T09:50:00Z", "busy"))));

        Assert.Null(await Lookup().FindAsync(LookupRequest, NotBefore, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_FaxCreatedInTheSecondBeforeTheSendCouldBegin_IsNotOurs()
    {
        // The fax sent to the number before this run: created in an earlier second.
        _api.Respond(_ => ScriptedResponse.Json(200, List(
            """{"sid":"FXjustbefore","from":"+16175550000","to":"+16175551234","date_created":"2030-01-01T09:59:59Z","date_updated":"2030-01-01T09:59:59Z","status":"delivered","num_pages":1}""")));

        Assert.Null(await Lookup().FindAsync(LookupRequest, NotBefore, CancellationToken.None));
    }

    [Theory]
    [InlineData("10:00:00.900", "10:00:02.250")]
    [InlineData("10:00:00.000", "10:00:01.250")]
    [InlineData("10:00:00.800", "10:00:02.250")]
    public void EarliestSend_StartsAWholeSecondAfterTheRunTookItsMessage(string runStart, string earliest)
    {
        var day = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var send = TwilioFaxLookup.EarliestSend(day + TimeSpan.Parse(runStart, CultureInfo.InvariantCulture));

        Assert.Equal(day + TimeSpan.Parse(earliest, CultureInfo.InvariantCulture), send);
    }

    [Fact]
    public async Task FindAsync_MatchOnTheSecondPage_FollowsTheNextPageLink()
    {
        _api.Respond(request => request.PathAndQuery.Contains("Page=1", StringComparison.Ordinal)
            ? ScriptedResponse.Json(200, List(Listed(Sid, "+16175550000", Destination, "2030-01-01T10:00:30Z", "delivered")))
            : ScriptedResponse.Json(200, NextOnly(_api.Url("v1/Faxes?PageSize=50&Page=1&PageToken=PA1").ToString())));

        var fax = await Lookup().FindAsync(LookupRequest, NotBefore, CancellationToken.None);

        Assert.Equal(Sid, fax?.Id);
        Assert.Equal(2, _api.Requests.Count);
    }

    [Fact]
    public async Task FindAsync_ListLongerThanThreePagesWithoutAMatch_ThrowsRatherThanSayingNone()
    {
        _api.Respond(_ => ScriptedResponse.Json(200, NextOnly(_api.Url("v1/Faxes?Page=9").ToString())));

        var error = await Assert.ThrowsAsync<CarrierException>(() => Lookup().FindAsync(LookupRequest, NotBefore, CancellationToken.None));

        Assert.Contains("past 3 pages", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _api.Requests.Count);
    }

    [Fact]
    public async Task FindAsync_NextPageOnAnotherHost_IsNotFollowed()
    {
        _api.Respond(_ => ScriptedResponse.Json(200, NextOnly("https://elsewhere.example/v1/Faxes?Page=1")));

        await Assert.ThrowsAsync<CarrierException>(() => Lookup().FindAsync(LookupRequest, NotBefore, CancellationToken.None));

        Assert.Single(_api.Requests);
    }

    private const string Destination = "+16175551234";
    // A send begins a quarter second into a whole second (TwilioFaxLookup.EarliestSend).
    private static readonly DateTimeOffset NotBefore = new DateTimeOffset(2030, 1, 1, 10, 0, 0, TimeSpan.Zero).AddMilliseconds(250);
    private static readonly FaxSendRequest LookupRequest = new(Destination, "https://m/a.pdf", "abc123", 1);

    private IFaxCarrierLookup Lookup() => Assert.IsAssignableFrom<IFaxCarrierLookup>(CreateSut());

    private static string Listed(string sid, string from, string to, string created, string status) =>
        $$"""{"sid":"{{sid}}","from":"{{from}}","to":"{{to}}","date_created":"{{created}}","status":"{{status}}","num_pages":null}""";

    private static string List(params string[] faxes) => ListPage("null", faxes);

    /// <summary>An empty page that links to <paramref name="next"/>.</summary>
    private static string NextOnly(string next) => ListPage($"\"{next}\"", []);

    private static string ListPage(string nextJson, string[] faxes) =>
        $$$"""{"faxes":[{{{string.Join(',', faxes)}}}],"meta":{"key":"faxes","page_size":50,"next_page_url":{{{nextJson}}}}}""";

    private IFaxCarrier CreateSut(Uri? baseUrl = null)
    {
        var settings = Builders.Settings();
        settings = settings with { Carrier = (TwilioSettings)settings.Carrier with { BaseUrl = baseUrl ?? _api.BaseUrl } };

        // Retries of 5xx and refused connections wait on this clock: a thousand times faster keeps the test quick.
        return new ServiceCollection()
            .AddSingleton<TimeProvider>(new ScaledClock(1000))
            .AddFaxGateway(settings)
            .BuildServiceProvider()
            .GetRequiredService<IFaxCarrier>();
    }

    private static string Resource(string status, int? pages = null) =>
        $$"""{"sid":"{{Sid}}","account_sid":"ACtest","status":"{{status}}","num_pages":{{(pages is null ? "null" : pages.ToString())}},"direction":"outbound"}""";
}
