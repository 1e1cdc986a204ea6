using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Retries;

/// <summary>Takes retry-queue messages and hands each to the <see cref="RetryProcessor"/>.</summary>
public sealed class RetryMessageHandler(RetryProcessor processor, FaxGatewaySettings settings) : IQueueMessageHandler
{
    public QueueRole Queue => QueueRole.Retry;

    public Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parsed = FaxRequestParser.Parse(message.Body, FaxRequestRules.From(settings));
        if (!parsed.IsValid)
        {
            throw new MalformedMessageException($"Retry-queue message {message.MessageId} is not a fax request: {parsed.Reason}");
        }

        return processor.ProcessAsync(parsed.Fax, cancellationToken);
    }
}
