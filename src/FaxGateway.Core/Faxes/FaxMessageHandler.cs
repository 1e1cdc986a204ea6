using FaxGateway.Core.Attempts;
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
    IFaxAttemptStore attempts,
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
            if (message.MessageGroupId is { } group && group != parsed.Fax.To)
            {
                await RegroupAsync(message, parsed.Fax, cancellationToken);
                return;
            }

            await ProcessAsync(message, parsed.Fax, cancellationToken);
            return;
        }

        await RejectAsync(message, parsed, cancellationToken);
    }

    /// <summary>
    /// Hands the fax to the processor unless earlier runs of this message failed
    /// <c>FAX_MAX_FAILED_RECEIVES</c> times. Receives are counted by SQS; those that handed a
    /// long fax on are subtracted, since the queue's own redrive count cannot tell them apart.
    /// A message whose fax id belongs to another fax's recorded attempt is moved to the fax
    /// dead-letter queue with the reason, not taken for a repeat.
    /// </summary>
    private async Task ProcessAsync(QueueMessage message, Fax fax, CancellationToken cancellationToken)
    {
        var record = await attempts.GetAsync(fax.FaxId, fax.Attempt, cancellationToken);
        if (record?.RequestHash is { } hash && hash != RequestFingerprint.Of(fax))
        {
            // No callback: one under this fax id would read as news of the other fax.
            var reason = $"fax_id is already in use: attempt {fax.Attempt} of another fax with this id was recorded in the last " +
                $"{settings.AttemptRecordRetention.TotalDays:0} days; give each fax its own fax_id";
            metrics.FaxRequestRejected();
            Log.FaxRequestDeadLettered(logger, message.MessageId, reason);
            await queues.DeadLetterFaxMessageAsync(message, reason, cancellationToken);
            return;
        }

        var failedRuns = message.ReceiveCount - 1 - (record?.Handoffs ?? 0);
        if (failedRuns >= settings.MaxFailedReceives && !HasStarted(record))
        {
            Log.FaxMessageFailedTooOften(logger, message.MessageId, fax.FaxId, fax.Attempt, failedRuns);
            await queues.DeadLetterFaxMessageAsync(
                message,
                $"processing failed {failedRuns} times (see the fax processor's log); a redrive carries on where it stopped",
                cancellationToken);
            return;
        }

        await processor.ProcessAsync(fax, record, cancellationToken);
    }

    /// <summary>
    /// Moves a fax whose message group is not its normalised destination (a caller wrote
    /// <c>6175551234</c> as the group of <c>+16175551234</c>, say) into the right group before
    /// anything is sent: two groups for one number would let two faxes dial it at once. A repeat
    /// of this move is dropped by the fax queue's content-based deduplication.
    /// </summary>
    private async Task RegroupAsync(QueueMessage message, Fax fax, CancellationToken cancellationToken)
    {
        Log.FaxRegrouped(logger, message.MessageId, fax.FaxId, PhoneNumbers.Mask(fax.To));
        await queues.EnqueueFaxAsync(fax, cancellationToken);
    }

    /// <summary>
    /// Whether the attempt got anywhere: the carrier may have its fax on the line (sending,
    /// sent), or its outcome is decided and only its callback or retry is left (finished,
    /// notified). The gateway dead-letters only attempts that never reached the carrier:
    /// moving a started one would unlock the number mid-fax or drop a decided callback or
    /// retry. The queue's own redrive count is the backstop for those.
    /// </summary>
    private static bool HasStarted(FaxAttemptRecord? record) => record is not null && record.Phase != AttemptPhase.NotSent;

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
