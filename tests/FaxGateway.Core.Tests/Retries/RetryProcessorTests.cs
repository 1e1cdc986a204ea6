using FaxGateway.Core.Faxes;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Retries;
using FaxGateway.Core.Scheduling;
using FaxGateway.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaxGateway.Core.Tests.Retries;

public sealed class RetryProcessorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 7, 12, 0, 0, TimeSpan.Zero);

    private readonly Mock<IGatewayQueues> _queues = new(MockBehavior.Strict);
    private readonly TestClock _clock = new(Start);

    [Fact]
    public async Task ProcessAsync_NoNotBefore_ForwardsTheSameFaxToTheFaxQueue()
    {
        SetUpFaxQueue();
        var fax = Builders.Fax(retryCount: 2) with { Failures = new FailureCounts(Busy: 2) };

        await CreateSut().ProcessAsync(fax, CancellationToken.None);

        _queues.Verify(q => q.EnqueueFaxAsync(fax, It.IsAny<CancellationToken>()), Times.Once);
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_DueInTwoHours_GoesBackOnTheRetryQueueForTheTimeLeft()
    {
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var fax = Builders.Fax(retryCount: 3).WaitUntil(Start + TimeSpan.FromHours(2));

        await CreateSut().ProcessAsync(fax, CancellationToken.None);

        // The whole time left: the queue adapter clamps it to SQS's 900 s, and the message comes back to wait again.
        _queues.Verify(q => q.EnqueueRetryAsync(fax, TimeSpan.FromHours(2), It.IsAny<CancellationToken>()), Times.Once);
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_DueInTwoHoursAfterAnHourPassed_WaitsTheHourLeft()
    {
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var fax = Builders.Fax().RetryAt(Start + TimeSpan.FromHours(2), FailureCause.NoAnswer);
        _clock.Advance(TimeSpan.FromMinutes(61.5));

        await CreateSut().ProcessAsync(fax, CancellationToken.None);

        _queues.Verify(q => q.EnqueueRetryAsync(fax, TimeSpan.FromMinutes(58.5), It.IsAny<CancellationToken>()), Times.Once);
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_DueInExactlyOneSecond_GoesBackOnTheRetryQueue()
    {
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var fax = Builders.Fax().WaitUntil(Start + TimeSpan.FromSeconds(1));

        await CreateSut().ProcessAsync(fax, CancellationToken.None);

        _queues.Verify(q => q.EnqueueRetryAsync(fax, TimeSpan.FromSeconds(1), It.IsAny<CancellationToken>()), Times.Once);
        _queues.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3600)]
    [InlineData(86400 * 30)]
    public async Task ProcessAsync_NotBeforePassed_ForwardsAtOnce(int secondsAgo)
    {
        SetUpFaxQueue();
        var fax = Builders.Fax(retryCount: 1).WaitUntil(Start - TimeSpan.FromSeconds(secondsAgo));

        await CreateSut().ProcessAsync(fax, CancellationToken.None);

        _queues.Verify(q => q.EnqueueFaxAsync(fax, It.IsAny<CancellationToken>()), Times.Once);
        _queues.VerifyNoOtherCalls();
        Assert.Equal(0, _clock.ArmedTimers);
    }

    [Fact]
    public async Task ProcessAsync_NotBeforeZero_ForwardsAtOnce()
    {
        SetUpFaxQueue();
        var fax = Builders.Fax() with { NotBefore = 0 };

        await CreateSut().ProcessAsync(fax, CancellationToken.None);

        _queues.Verify(q => q.EnqueueFaxAsync(fax, It.IsAny<CancellationToken>()), Times.Once);
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_Due300MillisecondsAhead_WaitsThemOutThenForwards()
    {
        DateTimeOffset? forwardedAt = null;
        _queues.Setup(q => q.EnqueueFaxAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>()))
            .Callback(() => forwardedAt = _clock.GetUtcNow())
            .Returns(Task.CompletedTask);
        var fax = Builders.Fax(retryCount: 1).WaitUntil(Start + TimeSpan.FromMilliseconds(300));

        await FakeClock.RunAsync(_clock, TimeSpan.FromMilliseconds(50), async () =>
        {
            await CreateSut().ProcessAsync(fax, CancellationToken.None);
            return true;
        });

        Assert.Equal(Start + TimeSpan.FromMilliseconds(300), forwardedAt);
        _queues.Verify(q => q.EnqueueFaxAsync(fax, It.IsAny<CancellationToken>()), Times.Once);
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_Due300MillisecondsAhead_ForwardsNothingBeforeThen()
    {
        SetUpFaxQueue();
        var fax = Builders.Fax().WaitUntil(Start + TimeSpan.FromMilliseconds(300));

        var processing = CreateSut().ProcessAsync(fax, CancellationToken.None);
        Assert.Equal(1, _clock.ArmedTimers);
        _clock.Advance(TimeSpan.FromMilliseconds(299));

        Assert.False(processing.IsCompleted);
        _queues.VerifyNoOtherCalls();

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await processing.WaitAsync(TimeSpan.FromSeconds(10));

        _queues.Verify(q => q.EnqueueFaxAsync(fax, It.IsAny<CancellationToken>()), Times.Once);
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_Due999MillisecondsAhead_IsWaitedOutHereNotOnTheQueue()
    {
        SetUpFaxQueue();
        var fax = Builders.Fax().WaitUntil(Start + TimeSpan.FromMilliseconds(999));

        await FakeClock.RunAsync(_clock, TimeSpan.FromMilliseconds(333), async () =>
        {
            await CreateSut().ProcessAsync(fax, CancellationToken.None);
            return true;
        });

        _queues.Verify(q => q.EnqueueFaxAsync(fax, It.IsAny<CancellationToken>()), Times.Once);
        _queues.VerifyNoOtherCalls();
        Assert.Equal(Start + TimeSpan.FromMilliseconds(999), _clock.GetUtcNow());
    }

    [Fact]
    public async Task ProcessAsync_CancelledWhileWaiting_ForwardsNothing()
    {
        var fax = Builders.Fax().WaitUntil(Start + TimeSpan.FromMilliseconds(500));
        using var cancellation = new CancellationTokenSource();

        var processing = CreateSut().ProcessAsync(fax, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => processing);
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_RetryQueueWriteFails_Throws()
    {
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("down"));
        var fax = Builders.Fax().WaitUntil(Start + TimeSpan.FromMinutes(10));

        await Assert.ThrowsAsync<HttpRequestException>(() => CreateSut().ProcessAsync(fax, CancellationToken.None));
    }

    private void SetUpFaxQueue() =>
        _queues.Setup(q => q.EnqueueFaxAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

    private RetryProcessor CreateSut() => new(_queues.Object, _clock, NullLogger<RetryProcessor>.Instance);
}
