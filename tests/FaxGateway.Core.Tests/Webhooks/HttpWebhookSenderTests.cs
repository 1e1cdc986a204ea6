using FaxGateway.Core.Faxes;
using FaxGateway.Core.Webhooks;
using FaxGateway.Core.Hosting;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Webhooks;

/// <summary>Over real HTTP to a loopback receiver.</summary>
public sealed class HttpWebhookSenderTests : IAsyncLifetime
{
    private static readonly WebhookPayload Payload = new("abc123", FaxStatus.TemporaryFailure, "Failed to deliver fax (attempt 1 of 20). Fax status: busy", 1700000000);
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
            """{"fax_id":"abc123","status":"tmp_fail","message":"Failed to deliver fax (attempt 1 of 20). Fax status: busy","timestamp":1700000000}""",
            request.Body);
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(202, true)]
    [InlineData(299, true)]
    [InlineData(404, false)]
    [InlineData(500, false)]
    public async Task SendAsync_ReportsWhetherTheReceiverAnswered2xx(int status, bool delivered)
    {
        _receiver.RespondInTurn(status);

        var result = await CreateSut().SendAsync(Webhook("cb"), CancellationToken.None);

        Assert.Equal(new WebhookDeliveryResult(delivered, status, $"HTTP {status}"), result);
    }

    [Fact]
    public async Task SendAsync_Redirect_IsNotFollowedAndNotDelivered()
    {
        _receiver.Respond(r => r.PathAndQuery.StartsWith("/moved", StringComparison.Ordinal)
            ? ScriptedResponse.Status(200)
            : ScriptedResponse.Redirect(_receiver.Url("moved").ToString()));

        var result = await CreateSut().SendAsync(Webhook("cb"), CancellationToken.None);

        Assert.Equal(new WebhookDeliveryResult(false, 302, "HTTP 302"), result);
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

        var result = await CreateSut(timeout: TimeSpan.FromMilliseconds(200)).SendAsync(Webhook("cb"), CancellationToken.None);

        Assert.Equal(WebhookDeliveryResult.NoAnswer("no answer within 0.2 s"), result);
    }

    [Fact]
    public async Task SendAsync_NothingListening_IsNotDelivered()
    {
        var webhook = new Webhook("http://127.0.0.1:1/cb?token=secret", Payload);

        var result = await CreateSut().SendAsync(webhook, CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Null(result.StatusCode);
        Assert.DoesNotContain("secret", result.Detail, StringComparison.Ordinal);
    }

    private Webhook Webhook(string relative) => new(_receiver.Url(relative).ToString(), Payload);

    private static IWebhookSender CreateSut(TimeSpan? timeout = null)
    {
        var settings = Builders.Settings() with { WebhookTimeout = timeout ?? TimeSpan.FromSeconds(15) };
        var services = new ServiceCollection().AddFaxGateway(settings).BuildServiceProvider();
        return services.GetRequiredService<IWebhookSender>();
    }
}
