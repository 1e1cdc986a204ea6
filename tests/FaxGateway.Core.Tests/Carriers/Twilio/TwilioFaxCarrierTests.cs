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
