using System.Text.Json;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Serialization;
using FaxGateway.Core.Webhooks;
using FaxGateway.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaxGateway.Core.Tests.Webhooks;

public sealed class WebhookMessageHandlerTests
{
    private static readonly Webhook Sample =
        new("https://app.example/cb?token=t", new WebhookPayload("abc123", FaxStatus.Sent, FaxMessages.Sent, 1700000000));

    private readonly Mock<IWebhookSender> _sender = new(MockBehavior.Strict);
    private readonly Mock<IGatewayQueues> _queues = new(MockBehavior.Strict);
    private readonly Mock<IGatewayMetrics> _metrics = new();

    [Fact]
    public async Task HandleAsync_ReceiverAnswers2xx_Returns()
    {
        Answer(WebhookDeliveryResult.Answered(204));

        await CreateSut().HandleAsync(Message(Sample), CancellationToken.None);

        _sender.Verify(s => s.SendAsync(Sample, It.IsAny<CancellationToken>()), Times.Once);
        _metrics.Verify(m => m.CallbackFinished(true), Times.Once);
    }

    [Theory]
    [InlineData(500, 1, 60)]
    [InlineData(404, 3, 300)]
    [InlineData(302, 9, 7200)]
    [InlineData(503, 19, 7200)]
    public async Task HandleAsync_ReceiverAnswersNon2xx_ThrowsWithTheScheduledDelay(int status, int receiveCount, int delaySeconds)
    {
        Answer(WebhookDeliveryResult.Answered(status));

        var error = await Assert.ThrowsAsync<WebhookDeliveryException>(
            () => CreateSut().HandleAsync(Message(Sample, receiveCount), CancellationToken.None));

        Assert.Equal($"Callback for fax 'abc123' was not accepted: HTTP {status}", error.Message);
        Assert.Equal(TimeSpan.FromSeconds(delaySeconds), ((IRetryLater)error).RetryAfter);
        _metrics.Verify(m => m.CallbackFinished(false), Times.Once);
    }

    [Theory]
    [InlineData(1, 3000, 3000)]
    [InlineData(5, 30, 900)]
    [InlineData(9, 1, 7200)]
    [InlineData(2, 86400, 7200)]
    public async Task HandleAsync_TooManyRequests_WaitsTheLongerOfRetryAfterAndTheSchedule(int receiveCount, int retryAfterSeconds, int delaySeconds)
    {
        Answer(WebhookDeliveryResult.Answered(429, TimeSpan.FromSeconds(retryAfterSeconds)));

        var error = await Assert.ThrowsAsync<WebhookDeliveryException>(
            () => CreateSut().HandleAsync(Message(Sample, receiveCount), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(delaySeconds), error.RetryAfter);
    }

    [Fact]
    public async Task HandleAsync_Gone_StopsWithoutRetrying()
    {
        Answer(WebhookDeliveryResult.Answered(410));

        await CreateSut().HandleAsync(Message(Sample), CancellationToken.None);

        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_RefusedUrl_MovesTheMessageToTheDeadLetterQueueWithTheReason()
    {
        Answer(WebhookDeliveryResult.Refused("the callback URL points at a private address"));
        _queues.Setup(q => q.DeadLetterWebhookAsync(It.IsAny<QueueMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var message = Message(Sample);

        await CreateSut().HandleAsync(message, CancellationToken.None);

        _queues.Verify(q => q.DeadLetterWebhookAsync(message, "the callback URL points at a private address", It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task HandleAsync_NoAnswer_Throws()
    {
        Answer(WebhookDeliveryResult.NoAnswer("no answer within 15 s"));

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

    [Fact]
    public void RetrySchedule_ByDefault_KeepsTryingForMoreThanADay()
    {
        Assert.True(WebhookRetrySchedule.Default.TotalBefore(20) >= TimeSpan.FromHours(24));
    }

    private void Answer(WebhookDeliveryResult result) =>
        _sender.Setup(s => s.SendAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>())).ReturnsAsync(result);

    private static QueueMessage Message(Webhook webhook, int receiveCount = 1) =>
        new("m-1", JsonSerializer.Serialize(webhook, GatewayJson.Webhook), receiveCount);

    private WebhookMessageHandler CreateSut() =>
        new(new WebhookProcessor(_sender.Object, Builders.Settings(), _metrics.Object, NullLogger<WebhookProcessor>.Instance), _queues.Object);
}
