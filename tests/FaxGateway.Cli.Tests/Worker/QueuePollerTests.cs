using Amazon.SQS;
using Amazon.SQS.Model;
using FaxGateway.Cli.Worker;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Queues;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaxGateway.Cli.Tests.Worker;

public sealed class QueuePollerTests
{
    private static readonly Uri QueueUrl = new("http://127.0.0.1:1/000000000000/q");

    [Fact]
    public async Task RunAsync_ReceivesFullBatches_KeepsConsuming()
    {
        const int concurrency = 3;
        var sqs = new Mock<IAmazonSQS>();
        sqs.Setup(s => s.GetQueueAttributesAsync(It.IsAny<GetQueueAttributesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetQueueAttributesResponse { Attributes = new Dictionary<string, string> { ["VisibilityTimeout"] = "30" } });
        var receives = 0;
        var sent = 0;
        sqs.Setup(s => s.ReceiveMessageAsync(It.IsAny<ReceiveMessageRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (ReceiveMessageRequest request, CancellationToken token) =>
            {
                // Exactly as many messages as slots were asked for, twice; then an empty queue.
                await Task.Delay(10, token);
                var batch = Interlocked.Increment(ref receives) <= 2 ? request.MaxNumberOfMessages ?? 1 : 0;
                Interlocked.Add(ref sent, batch);
                return new ReceiveMessageResponse { Messages = [.. Enumerable.Range(0, batch).Select(i => new Message { MessageId = $"m-{receives}-{i}", ReceiptHandle = "r", Body = "{}" })] };
            });
        var handled = 0;
        var handler = new Mock<IQueueMessageHandler>();
        handler.SetupGet(h => h.Queue).Returns(QueueRole.Webhook);
        handler.Setup(h => h.HandleAsync(It.IsAny<QueueMessage>(), It.IsAny<CancellationToken>()))
            .Returns(() => { Interlocked.Increment(ref handled); return Task.CompletedTask; });
        var poller = new QueuePoller(sqs.Object, QueueUrl, handler.Object, concurrency, TimeSpan.Zero, TimeProvider.System, NullLogger.Instance);
        using var stop = new CancellationTokenSource();

        var run = poller.RunAsync(stop.Token, CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((Volatile.Read(ref receives) < 3 || Volatile.Read(ref handled) < Volatile.Read(ref sent)) && !run.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.False(run.IsCompleted, run.Exception?.ToString() ?? "the poller stopped on its own");
        await stop.CancelAsync();
        await run;
        Assert.Equal(sent, handled);
        Assert.True(sent > concurrency, $"{sent} messages sent");
    }
}
