using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;
using FaxGateway.Core.Webhooks;
using FaxGateway.Testing;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;

namespace FaxGateway.Core.Tests.Webhooks;

/// <summary>Over real HTTP to a loopback receiver.</summary>
public sealed class HttpWebhookSenderTests : IAsyncLifetime
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string NextSecret = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
    private static readonly WebhookPayload Payload = new("abc123", FaxStatus.TemporaryFailure, "Failed to deliver fax (attempt 1 of 20). Fax status: busy", 1700000000, 1, 20, 1);
    private LoopbackHttpServer _receiver = null!;

    public async Task InitializeAsync() => _receiver = await LoopbackHttpServer.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task SendAsync_PostsPayloadAsJsonToTheCallbackUrl()
    {
        var result = await CreateSut().SendAsync(Webhook("cb?token=secret"), CancellationToken.None);

        Assert.True(result.Delivered);
        var request = Assert.Single(_receiver.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/cb?token=secret", request.PathAndQuery);
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal(
            """{"fax_id":"abc123","status":"tmp_fail","message":"Failed to deliver fax (attempt 1 of 20). Fax status: busy","timestamp":1700000000,"attempt":1,"max_attempts":20,"sequence":1}""",
            request.Body);
        Assert.Null(request.Header(WebhookSignature.SignatureHeader));
    }

    [Theory]
    [InlineData(200, WebhookOutcome.Delivered)]
    [InlineData(202, WebhookOutcome.Delivered)]
    [InlineData(299, WebhookOutcome.Delivered)]
    [InlineData(404, WebhookOutcome.Failed)]
    [InlineData(500, WebhookOutcome.Failed)]
    [InlineData(410, WebhookOutcome.Gone)]
    public async Task SendAsync_ReadsTheReceiversAnswer(int status, WebhookOutcome outcome)
    {
        _receiver.RespondInTurn(status);

        var result = await CreateSut().SendAsync(Webhook("cb"), CancellationToken.None);

        Assert.Equal(new WebhookDeliveryResult(outcome, status, $"HTTP {status}"), result);
    }

    [Fact]
    public async Task SendAsync_TooManyRequests_CarriesRetryAfter()
    {
        _receiver.Respond(_ => new ScriptedResponse(429, [], null, new Dictionary<string, string> { ["Retry-After"] = "120" }));

        var result = await CreateSut().SendAsync(Webhook("cb"), CancellationToken.None);

        Assert.Equal(new WebhookDeliveryResult(WebhookOutcome.Failed, 429, "HTTP 429", TimeSpan.FromSeconds(120)), result);
    }

    [Fact]
    public async Task SendAsync_Redirect_IsNotFollowedAndNotDelivered()
    {
        _receiver.Respond(r => r.PathAndQuery.StartsWith("/moved", StringComparison.Ordinal)
            ? ScriptedResponse.Status(200)
            : ScriptedResponse.Redirect(_receiver.Url("moved").ToString()));

        var result = await CreateSut().SendAsync(Webhook("cb"), CancellationToken.None);

        Assert.Equal(new WebhookDeliveryResult(WebhookOutcome.Failed, 302, "HTTP 302"), result);
        Assert.Single(_receiver.Requests);
    }

    [Fact]
    public async Task SendAsync_SlowReceiver_GivesUpAfterTheTimeout()
    {
        _receiver.RespondAsync(async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return ScriptedResponse.Status(200);
        });

        var result = await CreateSut(s => s with { WebhookTimeout = TimeSpan.FromMilliseconds(200) }).SendAsync(Webhook("cb"), CancellationToken.None);

        Assert.Equal(WebhookDeliveryResult.NoAnswer("no answer within 0.2 s"), result);
    }

    [Fact]
    public async Task SendAsync_NothingListening_IsNotDelivered()
    {
        var webhook = new Webhook("http://127.0.0.1:1/cb?token=secret", Payload);

        var result = await CreateSut().SendAsync(webhook, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Failed, result.Outcome);
        Assert.DoesNotContain("secret", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://example.com/cb", "the callback URL must be an https URL")]
    [InlineData("https://127.0.0.1/cb", "the callback URL points at a loopback address")]
    [InlineData("https://169.254.169.254/latest/meta-data", "the callback URL points at a link-local address (where cloud metadata services live)")]
    [InlineData("https://user:pass@example.com/cb", "the callback URL must not contain a user name or password")]
    public async Task SendAsync_UrlTheGuardRefuses_IsRefusedWithoutARequest(string url, string reason)
    {
        var result = await CreateSut(s => s with { AllowInsecureUrls = false }).SendAsync(new Webhook(url, Payload), CancellationToken.None);

        Assert.Equal(WebhookDeliveryResult.Refused(reason), result);
    }

    [Fact]
    public async Task SendAsync_HostResolvingToLoopback_IsRefusedAtConnect()
    {
        var url = new UriBuilder(_receiver.Url("cb")) { Scheme = "https", Host = "localhost" }.Uri;

        var result = await CreateSut(s => s with { AllowInsecureUrls = false }).SendAsync(new Webhook(url.ToString(), Payload), CancellationToken.None);

        Assert.Equal(WebhookDeliveryResult.Refused("the callback URL is refused: the host resolves to a loopback address"), result);
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public async Task SendAsync_WithSecret_SignsSoAStandardWebhooksReceiverVerifies()
    {
        var webhook = Webhook("cb") with { WebhookId = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W" };

        await CreateSut(s => s with { WebhookSecret = SecretReference.Literal(Secret) }).SendAsync(webhook, CancellationToken.None);

        var request = Assert.Single(_receiver.Requests);
        Assert.Equal("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", request.Header(WebhookSignature.IdHeader));
        new StandardWebhook(Secret).Verify(request.Body, Headers(request));
    }

    [Fact]
    public async Task SendAsync_TwoSecretsDuringRotation_SignsWithBothSoEitherVerifies()
    {
        await CreateSut(s => s with { WebhookSecret = SecretReference.Literal($"{NextSecret} {Secret}") }).SendAsync(Webhook("cb"), CancellationToken.None);

        var request = Assert.Single(_receiver.Requests);
        var signatures = request.Header(WebhookSignature.SignatureHeader)!.Split(' ');

        // The spec has receivers try every signature; this library tries only the first, so
        // each is checked on its own: the first under the new secret, the second under the old.
        Assert.Equal(2, signatures.Length);
        new StandardWebhook(NextSecret).Verify(request.Body, Headers(request, signatures[0]));
        new StandardWebhook(Secret).Verify(request.Body, Headers(request, signatures[1]));
    }

    [Fact]
    public async Task SendAsync_SameEventTwice_CarriesTheSameWebhookId()
    {
        var sut = CreateSut(s => s with { WebhookSecret = SecretReference.Literal(Secret) });

        await sut.SendAsync(Webhook("cb"), CancellationToken.None);
        await sut.SendAsync(Webhook("cb"), CancellationToken.None);

        var ids = _receiver.Requests.Select(r => r.Header(WebhookSignature.IdHeader)).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(WebhookIds.For(Payload), ids[0]);
    }

    private static HeaderDictionary Headers(RecordedRequest request, string? signature = null) => new()
    {
        [WebhookSignature.IdHeader] = request.Header(WebhookSignature.IdHeader),
        [WebhookSignature.TimestampHeader] = request.Header(WebhookSignature.TimestampHeader),
        [WebhookSignature.SignatureHeader] = signature ?? request.Header(WebhookSignature.SignatureHeader),
    };

    private Webhook Webhook(string relative) => new(_receiver.Url(relative).ToString(), Payload);

    private static IWebhookSender CreateSut(Func<FaxGatewaySettings, FaxGatewaySettings>? configure = null)
    {
        var settings = (configure ?? (s => s))(Builders.Settings() with { AllowInsecureUrls = true });
        var services = new ServiceCollection().AddFaxGateway(settings).BuildServiceProvider();
        return services.GetRequiredService<IWebhookSender>();
    }
}
