using System.Text.Json;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Serialization;
using FaxGateway.Core.Webhooks;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaxGateway.Core.Tests.Webhooks;

public sealed class WebhookMessageHandlerTests
{
    private static readonly Webhook Sample =
        new("https://app.example/cb?token=t", new WebhookPayload("abc123", FaxStatus.Sent, FaxMessages.Sent, 1700000000));

    private readonly Mock<IWebhookSender> _sender = new(MockBehavior.Strict);
    private readonly Mock<IGatewayMetrics> _metrics = new();

    [Fact]
    public async Task HandleAsync_ReceiverAnswers2xx_Returns()
    {
        _sender.Setup(s => s.SendAsync(Sample, It.IsAny<CancellationToken>())).ReturnsAsync(WebhookDeliveryResult.Answered(204));

        await CreateSut().HandleAsync(Message(Sample), CancellationToken.None);

        _sender.Verify(s => s.SendAsync(Sample, It.IsAny<CancellationToken>()), Times.Once);
        _metrics.Verify(m => m.CallbackFinished(true), Times.Once);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(404)]
    [InlineData(302)]
    public async Task HandleAsync_ReceiverAnswersNon2xx_ThrowsSoSqsRedelivers(int status)
    {
        _sender.Setup(s => s.SendAsync(Sample, It.IsAny<CancellationToken>())).ReturnsAsync(WebhookDeliveryResult.Answered(status));

        var error = await Assert.ThrowsAsync<WebhookDeliveryException>(() => CreateSut().HandleAsync(Message(Sample), CancellationToken.None));

        Assert.Equal($"Callback for fax 'abc123' was not accepted: HTTP {status}", error.Message);
        _metrics.Verify(m => m.CallbackFinished(false), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_NoAnswer_Throws()
    {
        _sender.Setup(s => s.SendAsync(Sample, It.IsAny<CancellationToken>())).ReturnsAsync(WebhookDeliveryResult.NoAnswer("no answer within 15 s"));

        await Assert.ThrowsAsync<WebhookDeliveryException>(() => CreateSut().HandleAsync(Message(Sample), CancellationToken.None));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"callback_url":"https://x"}""")]
    [InlineData("null")]
    public async Task HandleAsync_MalformedMessage_Throws(string body)
    {
        await Assert.ThrowsAsync<MalformedMessageException>(() => CreateSut().HandleAsync(new QueueMessage("m", body), CancellationToken.None));
    }

    private static QueueMessage Message(Webhook webhook) => new("m-1", JsonSerializer.Serialize(webhook, GatewayJson.Webhook));

    private WebhookMessageHandler CreateSut() =>
        new(new WebhookProcessor(_sender.Object, _metrics.Object, NullLogger<WebhookProcessor>.Instance));
}
