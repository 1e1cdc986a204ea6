using FaxGateway.Core.Hosting;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Settings;
using FaxGateway.Core.Webhooks;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// Takes fax-queue messages. A valid request goes to the <see cref="FaxProcessor"/>. A message
/// that can never be a fax is finished on its first receive, so it does not hold its
/// destination's message group: the caller gets a <c>perm_fail</c> callback naming the problem
/// when the message has a usable fax id and callback URL; otherwise the message is moved to
/// the fax dead-letter queue with the reason attached.
/// </summary>
public sealed class FaxMessageHandler(
    FaxProcessor processor,
    IGatewayQueues queues,
    FaxGatewaySettings settings,
    TimeProvider time,
    IGatewayMetrics metrics,
    ILogger<FaxMessageHandler> logger)
    : IQueueMessageHandler
{
    public QueueRole Queue => QueueRole.Fax;

    public async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parsed = FaxRequestParser.Parse(message.Body, FaxRequestRules.From(settings));
        if (parsed.IsValid)
        {
            using var scope = LogScopes.ForFax(logger, parsed.Fax.FaxId);
            await processor.ProcessAsync(parsed.Fax, cancellationToken);
            return;
        }

        await RejectAsync(message, parsed, cancellationToken);
    }

    private async Task RejectAsync(QueueMessage message, FaxParseResult parsed, CancellationToken cancellationToken)
    {
        metrics.FaxRequestRejected();
        if (parsed.CanNotifyCaller)
        {
            Log.FaxRequestRejected(logger, message.MessageId, parsed.Reason);
            var payload = new WebhookPayload(
                parsed.FaxId!,
                FaxStatus.PermanentFailure,
                FaxMessages.Rejected(parsed.Reason),
                time.GetUtcNow().ToUnixTimeSeconds(),
                MaxAttempts: settings.MaxFaxAttempts,
                Sequence: 1);
            await queues.EnqueueWebhookAsync(new Webhook(parsed.CallbackUrl!, payload, WebhookIds.For(payload)), cancellationToken);
            return;
        }

        Log.FaxRequestDeadLettered(logger, message.MessageId, parsed.Reason);
        await queues.DeadLetterFaxMessageAsync(message, parsed.Reason, cancellationToken);
    }
}
