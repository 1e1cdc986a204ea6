using FaxGateway.Core.Attempts;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Twilio;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Media;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using FaxGateway.Core.Webhooks;
using FaxGateway.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaxGateway.Core.Tests.Faxes;

public sealed class FaxProcessorTests
{
    private const string CarrierId = "FX00000000000000000000000000000001";
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 14, 0, 0, TimeSpan.Zero);

    private readonly Mock<IFaxCarrier> _carrier = new(MockBehavior.Strict);
    private readonly Mock<IGatewayQueues> _queues = new(MockBehavior.Strict);
    private readonly Mock<IGatewayMetrics> _metrics = new();
    private readonly Mock<IMediaPreflight> _media = new();
    private readonly TestClock _time = new(Now);
    private readonly InMemoryFaxAttemptStore _attempts = new();
    private readonly List<(Webhook Webhook, DateTimeOffset At)> _webhooks = [];
    private FaxGatewaySettings _settings = Builders.Settings(maxFaxAttempts: 10);

    public FaxProcessorTests()
    {
        _media.Setup(m => m.CheckAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>())).ReturnsAsync(MediaCheck.Usable(2));
    }

    [Fact]
    public async Task ProcessAsync_CarrierDelivers_EnqueuesSentWebhook()
    {
        AcceptThenReport("delivered");
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(new FaxAttemptResult(FaxStatus.Sent, 1, "delivered", RetryScheduled: false), result);
        AssertOnlyWebhook(FaxStatus.Sent, "Fax sent successfully");
        _metrics.Verify(m => m.FaxAttemptFinished(FaxStatus.Sent, _time.GetUtcNow() - Now, 2));
        _queues.Verify(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_CarrierBusyWithAttemptsLeft_EnqueuesTmpFailWebhookThenRetry()
    {
        _settings = _settings with { Retries = RetryPolicy.Constant(TimeSpan.FromSeconds(600), 10) };
        AcceptThenReport("busy");
        var order = new List<string>();
        RecordWebhooks(() => order.Add("webhook"));
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback(() => order.Add("retry")).Returns(Task.CompletedTask);

        var result = await RunAsync(Builders.Fax(retryCount: 8));

        Assert.Equal(new FaxAttemptResult(FaxStatus.TemporaryFailure, 9, "busy", RetryScheduled: true), result);
        Assert.Equal(["webhook", "retry"], order);
        _metrics.Verify(m => m.FaxAttemptFinished(FaxStatus.TemporaryFailure, It.IsAny<TimeSpan>(), 2));
        AssertOnlyWebhook(FaxStatus.TemporaryFailure, "Failed to deliver fax (attempt 9 of 10). Fax status: busy", attempt: 9);
        var due = _time.GetUtcNow() + TimeSpan.FromSeconds(600);
        _queues.Verify(q => q.EnqueueRetryAsync(
            It.Is<Fax>(f => f.RetryCount == 9 && f.Due == due && f.Failures == new FailureCounts(1, 0, 0, 0) && f.Expires == Now + TimeSpan.FromDays(3)),
            TimeSpan.FromSeconds(600),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ProcessAsync_LastAttemptFails_EnqueuesPermFailWebhookOnly()
    {
        AcceptThenReport("no-answer");
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax(retryCount: 9));

        Assert.Equal(new FaxAttemptResult(FaxStatus.PermanentFailure, 10, "no-answer", RetryScheduled: false), result);
        _metrics.Verify(m => m.FaxAttemptFinished(FaxStatus.PermanentFailure, It.IsAny<TimeSpan>(), 2));
        AssertOnlyWebhook(FaxStatus.PermanentFailure, "Failed to deliver fax after 10 tries. Last attempt status: no-answer", attempt: 10);
        _queues.Verify(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_CarrierFailsPermanently_EnqueuesPermFailAtOnce()
    {
        AcceptThenReport("canceled", CarrierFaxState.FailedPermanent);
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax(retryCount: 2));

        Assert.Equal(FaxStatus.PermanentFailure, result.Status);
        AssertOnlyWebhook(FaxStatus.PermanentFailure, "Failed to deliver fax after 3 tries. Last attempt status: canceled", attempt: 3);
        _queues.Verify(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_SuccessWebhookCannotBeQueued_ThrowsAndTheRedeliveryQueuesItWithoutResending()
    {
        AcceptThenReport("delivered");
        _queues.SetupSequence(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("SQS is down"))
            .Returns(Task.CompletedTask);

        await Assert.ThrowsAsync<FaxProcessingException>(() => RunAsync(Builders.Fax()));
        Assert.Equal(AttemptPhase.Finished, _attempts["abc123", 1]!.Phase);
        var result = await RunAsync(Builders.Fax());

        Assert.Equal(FaxStatus.Sent, result.Status);
        _carrier.Verify(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()), Times.Once);
        _queues.Verify(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task ProcessAsync_TmpFailWebhookCannotBeQueued_ThrowsBeforeQueueingRetry()
    {
        AcceptThenReport("busy");
        _queues.Setup(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("SQS is down"));

        var error = await Assert.ThrowsAsync<FaxProcessingException>(() => RunAsync(Builders.Fax(retryCount: 2)));

        Assert.Equal("Failed to enqueue tmp_fail callback for fax 'abc123' (attempt 3 of 10)", error.Message);
        _queues.Verify(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_RetryCannotBeQueued_ThrowsNamingFaxAndAttempt()
    {
        AcceptThenReport("busy");
        RecordWebhooks();
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("SQS is down"));

        var error = await Assert.ThrowsAsync<FaxProcessingException>(() => RunAsync(Builders.Fax(retryCount: 2)));

        Assert.Equal("Failed to enqueue retry for fax 'abc123' (attempt 3 of 10)", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task ProcessAsync_CarrierRefusesSend_ThrowsWithoutAnyCallback()
    {
        _carrier.Setup(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CarrierException("The fax API refused to send a fax: HTTP 503"));

        var error = await Assert.ThrowsAsync<FaxProcessingException>(() => RunAsync(Builders.Fax()));

        Assert.StartsWith("Sending fax 'abc123' (attempt 1 of 10) failed", error.Message, StringComparison.Ordinal);
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_CarrierRefusedSendOutright_NextRunSendsAgainWithoutAsking()
    {
        _carrier.SetupSequence(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CarrierException("The fax API refused to send a fax: HTTP 400", System.Net.HttpStatusCode.BadRequest))
            .ReturnsAsync(new CarrierFax(CarrierId, CarrierFaxState.Pending, "queued"));
        _carrier.Setup(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>())).ReturnsAsync(Status("delivered"));
        RecordWebhooks();

        await Assert.ThrowsAsync<FaxProcessingException>(() => RunAsync(Builders.Fax()));
        Assert.Equal(AttemptPhase.NotSent, _attempts["abc123", 1]!.Phase);
        var result = await RunAsync(Builders.Fax());

        Assert.Equal(FaxStatus.Sent, result.Status);
        _carrier.Verify(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task ProcessAsync_CarrierAnswered500ToSend_LeavesTheAttemptInDoubtForTheNextRun()
    {
        _carrier.Setup(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CarrierException("The fax API failed to send a fax: HTTP 500", System.Net.HttpStatusCode.InternalServerError));

        await Assert.ThrowsAsync<FaxProcessingException>(() => RunAsync(Builders.Fax()));

        Assert.Equal(AttemptPhase.Sending, _attempts["abc123", 1]!.Phase);
    }

    [Fact]
    public async Task ProcessAsync_FirstStatusReadFails_KeepsPollingUntilDelivered()
    {
        Accept();
        _carrier.SetupSequence(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CarrierException("timeout"))
            .ReturnsAsync(Status("sending"))
            .ReturnsAsync(Status("delivered"));
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(FaxStatus.Sent, result.Status);
        _carrier.Verify(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task ProcessAsync_PendingFax_ReadsStatusOncePerPollInterval()
    {
        _settings = _settings with { PollInterval = TimeSpan.FromSeconds(15), Polling = new PollingSettings { Mode = PollMode.Fixed } };
        Accept();
        var reads = new List<DateTimeOffset>();
        _carrier.Setup(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                reads.Add(_time.GetUtcNow());
                return Status(reads.Count < 4 ? "sending" : "delivered");
            });
        RecordWebhooks();

        await RunAsync(Builders.Fax());

        Assert.Equal([Now.AddSeconds(15), Now.AddSeconds(30), Now.AddSeconds(45), Now.AddSeconds(60)], reads);
    }

    [Fact]
    public async Task ProcessAsync_StillSendingAtAttemptLimit_CancelsAndReportsTimeoutAsTmpFail()
    {
        _settings = _settings with { AttemptMaxDuration = TimeSpan.FromSeconds(60) };
        Accept();
        var canceled = false;
        _carrier.Setup(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => canceled ? Status("canceled", CarrierFaxState.FailedPermanent) : Status("sending"));
        _carrier.Setup(c => c.CancelAsync(CarrierId, It.IsAny<CancellationToken>())).Callback(() => canceled = true).Returns(Task.CompletedTask);
        RecordWebhooks();
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(new FaxAttemptResult(FaxStatus.TemporaryFailure, 1, "timeout", RetryScheduled: true), result);
        Assert.True(_time.GetUtcNow() <= Now.AddSeconds(75), "the cancelled fax's end must be seen at the next poll");
        _carrier.Verify(c => c.CancelAsync(CarrierId, It.IsAny<CancellationToken>()), Times.Once);
        AssertOnlyWebhook(FaxStatus.TemporaryFailure, "Failed to deliver fax (attempt 1 of 10). Fax status: timeout");
    }

    [Fact]
    public async Task ProcessAsync_CarrierWillNotCancelAtTheLimit_KeepsWatchingAndHandsOnRatherThanRetry()
    {
        _settings = _settings with { AttemptMaxDuration = TimeSpan.FromSeconds(60), AttemptTimeout = TimeSpan.FromSeconds(120) };
        Accept();
        _carrier.Setup(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>())).ReturnsAsync(Status("sending"));
        _carrier.Setup(c => c.CancelAsync(CarrierId, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CarrierException("cannot cancel: transmission has started"));

        await Assert.ThrowsAsync<FaxStillInProgressException>(() => RunAsync(Builders.Fax()));

        _queues.VerifyNoOtherCalls();
        Assert.Equal(AttemptPhase.Sent, _attempts["abc123", 1]!.Phase);
    }

    [Fact]
    public async Task ProcessAsync_PdfGoneAfterAnOutrightRefusal_PermFailsOverTheNotSentRecord()
    {
        _attempts.Seed(Recorded(AttemptPhase.NotSent, version: 2));
        _media.Setup(m => m.CheckAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MediaCheck.Permanent("media unavailable or expired (HTTP 403)"));
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(FaxStatus.PermanentFailure, result.Status);
        Assert.Equal(AttemptPhase.Reported, _attempts["abc123", 1]!.Phase);
    }

    [Fact]
    public async Task ProcessAsync_DeliveredJustAsDeadlinePasses_ReportsSent()
    {
        _settings = _settings with { AttemptMaxDuration = TimeSpan.FromSeconds(30) };
        Accept();
        _carrier.SetupSequence(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Status("sending"))
            .ReturnsAsync(Status("sending"))
            .ReturnsAsync(Status("delivered"));
        _carrier.Setup(c => c.CancelAsync(CarrierId, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CarrierException("cannot cancel: transmission has started"));
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(FaxStatus.Sent, result.Status);
    }

    [Fact]
    public async Task ProcessAsync_CanceledByItsOwnDeadline_IsNotReportedAsPermanent()
    {
        // One read before the limit, then the cancel, then its result: the fixed interval's rhythm.
        _settings = _settings with { AttemptMaxDuration = TimeSpan.FromSeconds(15), Polling = new PollingSettings { Mode = PollMode.Fixed } };
        Accept();
        _carrier.SetupSequence(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Status("queued"))
            .ReturnsAsync(Status("canceled", CarrierFaxState.FailedPermanent));
        _carrier.Setup(c => c.CancelAsync(CarrierId, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        RecordWebhooks();
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(new FaxAttemptResult(FaxStatus.TemporaryFailure, 1, "timeout", RetryScheduled: true), result);
    }

    [Fact]
    public async Task ProcessAsync_SendsDestinationMediaFaxIdAndAttemptToCarrier()
    {
        AcceptThenReport("delivered");
        RecordWebhooks();

        await RunAsync(Builders.Fax());

        _carrier.Verify(c => c.SendAsync(new FaxSendRequest(Builders.Destination, Builders.PdfUrl, "abc123", 1), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ProcessAsync_PdfGoneForGood_PermFailsWithoutCallingTheCarrier()
    {
        _media.Setup(m => m.CheckAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MediaCheck.Permanent("media unavailable or expired (HTTP 403)"));
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(new FaxAttemptResult(FaxStatus.PermanentFailure, 1, "media unavailable or expired (HTTP 403)", RetryScheduled: false), result);
        AssertOnlyWebhook(FaxStatus.PermanentFailure, "Failed to deliver fax after 1 tries. Last attempt status: media unavailable or expired (HTTP 403)", stampedLater: false);
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_PdfServerDown_RetriesLaterWithoutCallingTheCarrier()
    {
        _media.Setup(m => m.CheckAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MediaCheck.Retryable("media unavailable (HTTP 503)"));
        RecordWebhooks();
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(new FaxAttemptResult(FaxStatus.TemporaryFailure, 1, "media unavailable (HTTP 503)", RetryScheduled: true), result);
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_StillSendingAtRunLimit_RecordsTheHandOffAndLeavesTheMessage()
    {
        _settings = _settings with { AttemptTimeout = TimeSpan.FromSeconds(60) };
        Accept();
        _carrier.Setup(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>())).ReturnsAsync(Status("sending"));

        var error = await Assert.ThrowsAsync<FaxStillInProgressException>(() => RunAsync(Builders.Fax()));

        Assert.Equal(_settings.PollInterval, error.RetryAfter);
        var record = _attempts["abc123", 1]!;
        Assert.Equal((AttemptPhase.Sent, CarrierId, 1), (record.Phase, record.CarrierFaxId, record.Handoffs));
        Assert.True(_time.GetUtcNow() <= Now.AddSeconds(60), "the run must stop at its own limit");
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_RedeliveredWhileCarrierSends_WatchesTheSameFaxWithoutSendingAgain()
    {
        _attempts.Seed(Recorded(AttemptPhase.Sent, version: 2) with { CarrierFaxId = CarrierId, AcceptedAt = Now, Handoffs = 1 });
        _carrier.Setup(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>())).ReturnsAsync(Status("delivered"));
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(FaxStatus.Sent, result.Status);
        _carrier.Verify(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        _media.Verify(m => m.CheckAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>()), Times.Never);
        AssertOnlyWebhook(FaxStatus.Sent, "Fax sent successfully");
        Assert.Equal(AttemptPhase.Reported, _attempts["abc123", 1]!.Phase);
    }

    [Fact]
    public async Task ProcessAsync_RedeliveredAfterOutcomeDecided_QueuesTheSameEventWithoutCallingTheCarrier()
    {
        var decidedAt = Now.AddMinutes(-3).ToUnixTimeSeconds();
        _attempts.Seed(Finished(FaxStatus.TemporaryFailure, "busy", AttemptPhase.Finished, decidedAt));
        RecordWebhooks();
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(new FaxAttemptResult(FaxStatus.TemporaryFailure, 1, "busy", RetryScheduled: true), result);
        var (webhook, _) = Assert.Single(_webhooks);
        Assert.Equal(decidedAt, webhook.Payload.Timestamp);
        Assert.Equal(WebhookIds.For("abc123", FaxStatus.TemporaryFailure, 1), webhook.EventId);
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_RedeliveredBetweenCallbackAndRetry_QueuesOnlyTheRetry()
    {
        _attempts.Seed(Finished(FaxStatus.TemporaryFailure, "busy", AttemptPhase.Notified, Now.ToUnixTimeSeconds()));
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        await RunAsync(Builders.Fax());

        // A record from before due times were recorded retries after BACKOFF_DELAY.
        _queues.Verify(q => q.EnqueueRetryAsync(It.Is<Fax>(f => f.RetryCount == 1), TimeSpan.FromSeconds(600), It.IsAny<CancellationToken>()), Times.Once);
        _queues.Verify(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>()), Times.Never);
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_AttemptAlreadyReported_DoesNothing()
    {
        _attempts.Seed(Finished(FaxStatus.Sent, "delivered", AttemptPhase.Reported, Now.ToUnixTimeSeconds()));

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(new FaxAttemptResult(FaxStatus.Sent, 1, "delivered", RetryScheduled: false), result);
        _queues.VerifyNoOtherCalls();
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_RunDiedWhileSendingAndCarrierHasTheFax_WatchesItWithoutSendingAgain()
    {
        _attempts.Seed(Recorded(AttemptPhase.Sending, version: 1));
        var lookup = _carrier.As<IFaxCarrierLookup>();
        var expected = new FaxSendRequest(Builders.Destination, Builders.PdfUrl, "abc123", 1);
        lookup.Setup(l => l.FindAsync(expected, Now.AddMinutes(-1), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Status("sending"));
        _carrier.Setup(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>())).ReturnsAsync(Status("delivered"));
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(FaxStatus.Sent, result.Status);
        _carrier.Verify(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(CarrierId, _attempts["abc123", 1]!.CarrierFaxId);
    }

    [Fact]
    public async Task ProcessAsync_RunDiedWhileSendingAndCarrierHasNoFax_SendsItOnce()
    {
        _attempts.Seed(Recorded(AttemptPhase.Sending, version: 1));
        _carrier.As<IFaxCarrierLookup>()
            .Setup(l => l.FindAsync(It.IsAny<FaxSendRequest>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((CarrierFax?)null);
        AcceptThenReport("delivered");
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(FaxStatus.Sent, result.Status);
        _carrier.Verify(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ProcessAsync_RunDiedWhileSendingAndCarrierCannotTell_PermFailsRatherThanRiskTwoFaxes()
    {
        _attempts.Seed(Recorded(AttemptPhase.Sending, version: 1));
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(FaxStatus.PermanentFailure, result.Status);
        AssertOnlyWebhook(
            FaxStatus.PermanentFailure,
            "Failed to deliver fax after 1 tries. Last attempt status: unknown: the gateway stopped while handing the fax to the carrier, which may have sent it",
            stampedLater: false);
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_AnotherRunRecordsFirst_StopsWithoutReporting()
    {
        Accept();
        _carrier.Setup(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                // Another run (a message handed out twice) moves the record on meanwhile.
                var current = _attempts["abc123", 1]!;
                _attempts.Seed(current with { Version = current.Version + 1 });
                return Status("delivered");
            });

        await Assert.ThrowsAsync<AttemptConflictException>(() => RunAsync(Builders.Fax()));

        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_EveryStep_IsRecordedBeforeTheNext()
    {
        AcceptThenReport("busy");
        RecordWebhooks();
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        await RunAsync(Builders.Fax());

        Assert.Equal(
            [AttemptPhase.Sending, AttemptPhase.Sent, AttemptPhase.Finished, AttemptPhase.Notified, AttemptPhase.Reported],
            _attempts.Writes.Select(w => w.Phase));
        Assert.Equal([1, 2, 3, 4, 5], _attempts.Writes.Select(w => w.Version));
    }

    [Fact]
    public async Task ProcessAsync_PastItsDeadline_EndsExpiredWithoutCallingTheCarrier()
    {
        _attempts.Seed(Finished(FaxStatus.TemporaryFailure, "busy", AttemptPhase.Reported, Now.ToUnixTimeSeconds()) with { Attempt = 3 });
        RecordWebhooks();
        var fax = Builders.Fax(retryCount: 3).ExpiringAt(Now.AddSeconds(-1));

        var result = await RunAsync(fax);

        Assert.Equal(new FaxAttemptResult(FaxStatus.PermanentFailure, 4, "expired (last attempt: busy)", RetryScheduled: false), result);
        AssertOnlyWebhook(
            FaxStatus.PermanentFailure, "Failed to deliver fax after 3 tries. Last attempt status: expired (last attempt: busy)", attempt: 4, stampedLater: false);
        Assert.True(_attempts["abc123", 4]!.Skipped);
        _carrier.VerifyNoOtherCalls();
        _media.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_NotDueYet_GoesBackOnTheRetryQueueWithoutUsingAnAttempt()
    {
        var due = Now.AddHours(2);
        Fax? deferred = null;
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), TimeSpan.FromHours(2), It.IsAny<CancellationToken>()))
            .Callback<Fax, TimeSpan, CancellationToken>((f, _, _) => deferred = f).Returns(Task.CompletedTask);

        var result = await RunAsync(Builders.Fax(retryCount: 2).WaitUntil(due));

        Assert.Equal(due, result.DeferredUntil);
        // No deadline is stamped on a fax not yet attempted: it counts from the first attempt.
        Assert.Equal((2, due, (DateTimeOffset?)null), (deferred!.RetryCount, deferred.Due, deferred.Expires));

        // One more than the message's own count, so the copy that comes back differs from this
        // message and the fax queue's content-based deduplication does not drop it as a repeat.
        Assert.Equal(2, deferred.Deferrals);
        Assert.Empty(_attempts.Writes);
        _carrier.VerifyNoOtherCalls();
        _queues.Verify(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_OutsideItsSendWindow_WaitsForTheWindowToOpen()
    {
        // 14:00 UTC on a Tuesday is 09:00 in Boston, an hour before this office takes faxes.
        _settings = _settings with { SendWindows = Windows("+1617=Mon-Fri 10:00-17:00 America/New_York") };
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), TimeSpan.FromHours(1), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(Now.AddHours(1), result.DeferredUntil);
        _queues.Verify(q => q.EnqueueRetryAsync(It.Is<Fax>(f => f.RetryCount == 0 && f.Due == Now.AddHours(1)), TimeSpan.FromHours(1), It.IsAny<CancellationToken>()));
        _carrier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_InsideItsSendWindow_SendsAtOnce()
    {
        _settings = _settings with { SendWindows = Windows("+1617=Mon-Fri 08:00-17:00 America/New_York") };
        AcceptThenReport("delivered");
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax());

        Assert.Equal(FaxStatus.Sent, result.Status);
    }

    [Fact]
    public async Task ProcessAsync_CarrierUnavailableForNow_FailsTheAttemptOnItsOwnRule()
    {
        _carrier.Setup(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CarrierException("The fax API refused to send a fax: HTTP 503", System.Net.HttpStatusCode.ServiceUnavailable));
        RecordWebhooks();
        var delays = new List<TimeSpan>();
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback<Fax, TimeSpan, CancellationToken>((f, delay, _) => delays.Add(delay)).Returns(Task.CompletedTask);

        var result = await RunAsync(Builders.Fax());

        Assert.Equal((FaxStatus.TemporaryFailure, "carrier unavailable (HTTP 503)"), (result.Status, result.CarrierStatus));
        _queues.Verify(q => q.EnqueueRetryAsync(It.Is<Fax>(f => f.Failures == new FailureCounts(0, 0, 0, 1)), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()));

        // The rule's first wait is 60 s, shortened by at most the 20 % jitter.
        Assert.InRange(Assert.Single(delays), TimeSpan.FromSeconds(48), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task ProcessAsync_NoAnswerForTheFifthTime_FailsForGoodBeforeMaxFaxAttempts()
    {
        AcceptThenReport("no-answer");
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax(retryCount: 6) with { Failures = new FailureCounts(Busy: 2, NoAnswer: 4) });

        Assert.Equal(new FaxAttemptResult(FaxStatus.PermanentFailure, 7, "no-answer", RetryScheduled: false), result);
        AssertOnlyWebhook(FaxStatus.PermanentFailure, "Failed to deliver fax after 7 tries. Last attempt status: no-answer", attempt: 7);
    }

    [Fact]
    public async Task ProcessAsync_NextAttemptWouldComeAfterTheDeadline_EndsExpiredNow()
    {
        AcceptThenReport("busy");
        RecordWebhooks();

        var result = await RunAsync(Builders.Fax().ExpiringAt(Now.AddSeconds(30)));

        Assert.Equal((FaxStatus.PermanentFailure, "expired (last attempt: busy)"), (result.Status, result.CarrierStatus));
        _queues.Verify(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static SendWindowRules Windows(string rules)
    {
        var reader = new SettingsReader(Builders.Configuration(new Dictionary<string, string?> { ["SEND_WINDOWS"] = rules }));
        var windows = SendWindowRules.Read(reader);
        Assert.Empty(reader.Problems);
        return windows;
    }

    private static FaxAttemptRecord Recorded(AttemptPhase phase, int version) =>
        new("abc123", 1, phase, version) { StartedAt = Now.AddMinutes(-1), Pages = 2 };

    private static FaxAttemptRecord Finished(FaxStatus outcome, string status, AttemptPhase phase, long decidedAt) =>
        Recorded(phase, version: 4) with
        {
            CarrierFaxId = CarrierId,
            FinalState = outcome == FaxStatus.Sent ? CarrierFaxState.Delivered : CarrierFaxState.FailedRetryable,
            FinalStatus = status,
            Outcome = outcome,
            DecidedAt = decidedAt,
        };

    private FaxProcessor CreateSut() =>
        new(_carrier.Object, _queues.Object, _attempts, _settings, _time, _metrics.Object, _media.Object, NoFaults.Instance, NullLogger<FaxProcessor>.Instance);

    private Task<FaxAttemptResult> RunAsync(Fax fax)
    {
        var sut = CreateSut();
        return FakeClock.RunAsync(_time, TimeSpan.FromSeconds(1), () => sut.ProcessAsync(fax, CancellationToken.None));
    }

    private void Accept() =>
        _carrier.Setup(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CarrierFax(CarrierId, CarrierFaxState.Pending, "queued"));

    private void AcceptThenReport(string status, CarrierFaxState? state = null)
    {
        Accept();
        _carrier.Setup(c => c.GetAsync(CarrierId, It.IsAny<CancellationToken>())).ReturnsAsync(Status(status, state));
    }

    private static CarrierFax Status(string status, CarrierFaxState? state = null) =>
        new(CarrierId, state ?? TwilioFaxStatuses.Map(status), status, Pages: 2);

    private void RecordWebhooks(Action? also = null) =>
        _queues.Setup(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>()))
            .Callback<Webhook, CancellationToken>((webhook, _) =>
            {
                _webhooks.Add((webhook, _time.GetUtcNow()));
                also?.Invoke();
            })
            .Returns(Task.CompletedTask);

    /// <summary>Exactly one callback was queued, with this status and text, stamped with the clock's time in UNIX seconds.</summary>
    private void AssertOnlyWebhook(FaxStatus status, string message, int attempt = 1, bool stampedLater = true)
    {
        var (webhook, at) = Assert.Single(_webhooks);
        var payload = new WebhookPayload("abc123", status, message, at.ToUnixTimeSeconds(), attempt, _settings.MaxFaxAttempts, attempt);
        Assert.Equal(new Webhook(Builders.CallbackUrl, payload, WebhookIds.For(payload)), webhook);
        Assert.True(!stampedLater || at > Now, "the callback is stamped when the attempt ends, not when it starts");
    }
}
