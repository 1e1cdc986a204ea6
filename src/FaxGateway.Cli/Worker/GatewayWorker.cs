using Amazon.SQS;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Settings;

namespace FaxGateway.Cli.Worker;

/// <summary>
/// The long-lived alternative to the three Lambda functions: the same message handlers, fed
/// by long-polling the three queues. No 15-minute ceiling, for containers and servers.
/// </summary>
internal sealed class GatewayWorker(
    IAmazonSQS sqs,
    FaxGatewaySettings settings,
    WorkerSettings worker,
    IEnumerable<IQueueMessageHandler> handlers,
    TimeProvider time,
    ILoggerFactory loggers)
{
    /// <summary>Consumes all three queues until <paramref name="stopReceiving"/>; see <see cref="QueuePoller.RunAsync"/>.</summary>
    public Task RunAsync(CancellationToken stopReceiving, CancellationToken abortWork)
    {
        var logger = loggers.CreateLogger<GatewayWorker>();
        var pollers = handlers.Select(handler => new QueuePoller(
            sqs, handler.Queue.UrlIn(settings), handler, ConcurrencyOf(handler.Queue), worker.WaitTime, time, logger));
        return Task.WhenAll(pollers.Select(poller => poller.RunAsync(stopReceiving, abortWork)));
    }

    private int ConcurrencyOf(QueueRole queue) => queue switch
    {
        QueueRole.Fax => worker.FaxConcurrency,
        QueueRole.Retry => worker.RetryConcurrency,
        QueueRole.Webhook => worker.WebhookConcurrency,
        _ => throw new ArgumentOutOfRangeException(nameof(queue), queue, "Unknown queue"),
    };
}
