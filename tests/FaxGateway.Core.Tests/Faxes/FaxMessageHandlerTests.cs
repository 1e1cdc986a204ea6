using FaxGateway.Core.Attempts;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Media;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Webhooks;
using FaxGateway.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaxGateway.Core.Tests.Faxes;

public sealed class FaxMessageHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 14, 0, 0, TimeSpan.Zero);

    private readonly Mock<IFaxCarrier> _carrier = new(MockBehavior.Strict);
    private readonly Mock<IGatewayQueues> _queues = new(MockBehavior.Strict);
    private readonly Mock<IGatewayMetrics> _metrics = new();
    private const string ValidBody = """{"fax_id":"abc123","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""";

    private readonly TestClock _time = new(Now);
    private readonly InMemoryFaxAttemptStore _attempts = new();

    [Fact]
    public async Task HandleAsync_MissingDestinationWithUsableCallback_SendsPermFailNamingTheProblem()
    {
        _queues.Setup(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var body = """{"fax_id":"abc123","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb?token=t"}""";

        await CreateSut().HandleAsync(new QueueMessage("m-1", body), CancellationToken.None);

        var payload = new WebhookPayload(
            "abc123", FaxStatus.PermanentFailure, "Invalid fax request: field 'to' is missing", Now.ToUnixTimeSeconds(), MaxAttempts: 20, Sequence: 1);
        var expected = new Webhook("https://y/cb?token=t", payload, WebhookIds.For(payload));
        _queues.Verify(q => q.EnqueueWebhookAsync(expected, It.IsAny<CancellationToken>()));
        _queues.VerifyNoOtherCalls();
        _carrier.VerifyNoOtherCalls();
        _metrics.Verify(m => m.FaxRequestRejected(), Times.Once);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("""{"fax_id":"abc123","to":"+16175551234","pdf_url":"https://x/a.pdf"}""")]
    [InlineData("""{"to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""")]
    public async Task HandleAsync_NoUsableCallback_MovesMessageToDeadLetterQueueWithReason(string body)
    {
        _queues.Setup(q => q.DeadLetterFaxMessageAsync(It.IsAny<QueueMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
        var message = new QueueMessage("m-2", body, 1, "+16175551234");

        await CreateSut().HandleAsync(message, CancellationToken.None);

        var expectedReason = FaxRequestParser.Parse(body).Reason;
        _queues.Verify(q => q.DeadLetterFaxMessageAsync(message, expectedReason, It.IsAny<CancellationToken>()));
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_ValidRequest_MakesTheAttempt()
    {
        _carrier.Setup(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CarrierFax("FX1", CarrierFaxState.Delivered, "delivered"));
        _queues.Setup(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var body = """{"fax_id":"abc123","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""";

        await CreateSut().HandleAsync(new QueueMessage("m-3", body), CancellationToken.None);

        _carrier.Verify(c => c.SendAsync(new FaxSendRequest("+16175551234", "https://x/a.pdf", "abc123", 1), It.IsAny<CancellationToken>()));
        _queues.Verify(q => q.EnqueueWebhookAsync(It.Is<Webhook>(w => w.Payload.Status == FaxStatus.Sent), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task HandleAsync_DeadLetterWriteFails_Throws()
    {
        _queues.Setup(q => q.DeadLetterFaxMessageAsync(It.IsAny<QueueMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("SQS is down"));

        await Assert.ThrowsAsync<HttpRequestException>(() => CreateSut().HandleAsync(new QueueMessage("m-4", "{}"), CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_ThirdFailedRunAlreadyHappened_DeadLettersWithoutProcessing()
    {
        string? reason = null;
        _queues.Setup(q => q.DeadLetterFaxMessageAsync(It.IsAny<QueueMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<QueueMessage, string, CancellationToken>((_, why, _) => reason = why)
            .Returns(Task.CompletedTask);

        await CreateSut().HandleAsync(new QueueMessage("m-5", ValidBody, ReceiveCount: 4), CancellationToken.None);

        Assert.Equal("processing failed 3 times (see the fax processor's log); a redrive carries on where it stopped", reason);
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_ReceivesThatHandedALongFaxOn_DoNotCountAsFailures()
    {
        _attempts.Seed(new FaxAttemptRecord("abc123", 1, AttemptPhase.Sent, Version: 9) { CarrierFaxId = "FX1", AcceptedAt = _time.GetUtcNow(), Handoffs = 6 });
        _carrier.Setup(c => c.GetAsync("FX1", It.IsAny<CancellationToken>())).ReturnsAsync(new CarrierFax("FX1", CarrierFaxState.Delivered, "delivered"));
        _queues.Setup(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        await FakeClock.RunAsync(_time, TimeSpan.FromSeconds(1), async () =>
        {
            await CreateSut().HandleAsync(new QueueMessage("m-6", ValidBody, ReceiveCount: 9), CancellationToken.None);
            return true;
        });

        _queues.Verify(q => q.EnqueueWebhookAsync(It.Is<Webhook>(w => w.Payload.Status == FaxStatus.Sent), It.IsAny<CancellationToken>()));
        _carrier.Verify(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task HandleAsync_FaxIdOfAnotherRecordedFax_DeadLetteredWithTheReasonNotDroppedAsARepeat()
    {
        var other = Builders.Fax(to: "+16175559999");
        _attempts.Seed(new FaxAttemptRecord("abc123", 1, AttemptPhase.Reported, Version: 5) { RequestHash = RequestFingerprint.Of(other), Outcome = FaxStatus.Sent });
        string? reason = null;
        _queues.Setup(q => q.DeadLetterFaxMessageAsync(It.IsAny<QueueMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<QueueMessage, string, CancellationToken>((_, why, _) => reason = why)
            .Returns(Task.CompletedTask);

        await CreateSut().HandleAsync(new QueueMessage("m-7", ValidBody), CancellationToken.None);

        Assert.Equal(
            "fax_id is already in use: attempt 1 of another fax with this id was recorded in the last 16 days; give each fax its own fax_id",
            reason);
        _queues.Verify(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>()), Times.Never);
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_FailedRunsWhileTheFaxMayBeOnTheLine_AreLeftToTheQueuesBackstop()
    {
        _attempts.Seed(new FaxAttemptRecord("abc123", 1, AttemptPhase.Sent, Version: 3) { CarrierFaxId = "FX1", AcceptedAt = _time.GetUtcNow() });
        _carrier.Setup(c => c.GetAsync("FX1", It.IsAny<CancellationToken>())).ReturnsAsync(new CarrierFax("FX1", CarrierFaxState.Delivered, "delivered"));
        _queues.Setup(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        await FakeClock.RunAsync(_time, TimeSpan.FromSeconds(1), async () =>
        {
            await CreateSut().HandleAsync(new QueueMessage("m-9", ValidBody, ReceiveCount: 6), CancellationToken.None);
            return true;
        });

        _queues.Verify(q => q.DeadLetterFaxMessageAsync(It.IsAny<QueueMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _queues.Verify(q => q.EnqueueWebhookAsync(It.Is<Webhook>(w => w.Payload.Status == FaxStatus.Sent), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task HandleAsync_SameRequestAlreadyReported_DoesNothingMore()
    {
        var fax = new Fax("abc123", "+16175551234", "https://x/a.pdf", "https://y/cb");
        _attempts.Seed(new FaxAttemptRecord("abc123", 1, AttemptPhase.Reported, Version: 5)
        {
            RequestHash = RequestFingerprint.Of(fax), Outcome = FaxStatus.Sent, FinalStatus = "delivered", DecidedAt = 1,
        });

        await CreateSut().HandleAsync(new QueueMessage("m-8", ValidBody), CancellationToken.None);

        _queues.VerifyNoOtherCalls();
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_GroupIsNotTheNormalisedDestination_MovesTheFaxToItsNumbersGroupWithoutSending()
    {
        _queues.Setup(q => q.EnqueueFaxAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var body = """{"fax_id":"abc123","to":"(617) 555-1234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""";

        await CreateSut().HandleAsync(new QueueMessage("m-10", body, MessageGroupId: "6175551234"), CancellationToken.None);

        var expected = new Fax("abc123", "+16175551234", "https://x/a.pdf", "https://y/cb");
        _queues.Verify(q => q.EnqueueFaxAsync(expected, It.IsAny<CancellationToken>()), Times.Once);
        _queues.VerifyNoOtherCalls();
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_FailedRunsAfterTheCallbackWasQueued_StillQueueTheRetry()
    {
        var fax = new Fax("abc123", "+16175551234", "https://x/a.pdf", "https://y/cb");
        _attempts.Seed(new FaxAttemptRecord("abc123", 1, AttemptPhase.Notified, Version: 6)
        {
            RequestHash = RequestFingerprint.Of(fax), Outcome = FaxStatus.TemporaryFailure, FinalStatus = "busy", DecidedAt = 1,
        });
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        await CreateSut().HandleAsync(new QueueMessage("m-11", ValidBody, ReceiveCount: 5), CancellationToken.None);

        _queues.Verify(q => q.EnqueueRetryAsync(It.Is<Fax>(f => f.FaxId == fax.FaxId && f.RetryCount == 1), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Once);
        _queues.Verify(q => q.DeadLetterFaxMessageAsync(It.IsAny<QueueMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private FaxMessageHandler CreateSut()
    {
        var settings = Builders.Settings();
        var media = Mock.Of<IMediaPreflight>(m => m.CheckAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>()) == Task.FromResult(MediaCheck.Usable(1)));
        var processor = new FaxProcessor(
            _carrier.Object, _queues.Object, _attempts, settings, _time, _metrics.Object, media, NoFaults.Instance, NullLogger<FaxProcessor>.Instance);
        return new FaxMessageHandler(processor, _attempts, _queues.Object, settings, _time, _metrics.Object, NullLogger<FaxMessageHandler>.Instance);
    }
}
