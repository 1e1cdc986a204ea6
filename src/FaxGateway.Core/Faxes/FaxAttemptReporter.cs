using FaxGateway.Core.Attempts;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using FaxGateway.Core.Webhooks;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// Reports a finished attempt from its record: the callback, then (after a failure with
/// attempts left) the retry, recording each as done. The callback is built from the record
/// alone, timestamp included, so a run that reports again after a crash queues the very same
/// event, with the same <c>webhook-id</c>.
/// </summary>
internal sealed class FaxAttemptReporter(
    IGatewayQueues queues,
    AttemptJournal journal,
    RetryPlanner planner,
    FaxGatewaySettings settings,
    TimeProvider time,
    IGatewayMetrics metrics,
    IFaultInjector faults,
    ILogger logger)
{
    public async Task<FaxAttemptResult> ReportAsync(Fax fax, FaxAttemptRecord record, CancellationToken cancellationToken)
    {
        var outcome = record.Outcome!.Value;
        var status = record.FinalStatus ?? string.Empty;
        if (record.Phase == AttemptPhase.Reported)
        {
            Log.FaxAlreadyReported(logger, fax.FaxId, fax.Attempt, outcome.ToWire());
            return Result(fax, record);
        }

        if (record.Phase == AttemptPhase.Finished)
        {
            record = await NotifyAsync(fax, record, outcome, status, cancellationToken);
            metrics.FaxAttemptFinished(outcome, time.GetUtcNow() - record.StartedAt, record.Pages);
        }

        if (outcome == FaxStatus.TemporaryFailure)
        {
            faults.At(FaultPoint.BetweenWebhookAndRetry, fax);
            var (retry, delay) = Retry(fax, record);
            Log.FaxRetryScheduled(logger, fax.FaxId, fax.Attempt, settings.MaxFaxAttempts, status, delay);
            await EnqueueOrThrowAsync(() => queues.EnqueueRetryAsync(retry, delay, cancellationToken), fax, "retry");
        }

        record = await journal.AdvanceAsync(record, AttemptPhase.Reported, cancellationToken);
        return Result(fax, record);
    }

    /// <summary>Queues the callback and records it as queued.</summary>
    private async Task<FaxAttemptRecord> NotifyAsync(
        Fax fax, FaxAttemptRecord record, FaxStatus outcome, string status, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case FaxStatus.Sent:
                // The original swallowed a failure here: throwing made SQS redeliver the message
                // and it sent the fax again. The attempt is recorded as finished by now, so a
                // redelivery only queues this same event again and sends nothing.
                Log.FaxDelivered(logger, fax.FaxId, fax.Attempt);
                await EnqueueOrThrowAsync(
                    () => queues.EnqueueWebhookAsync(Webhook(fax, record, FaxMessages.Sent), cancellationToken), fax, "sent callback");
                break;
            case FaxStatus.PermanentFailure:
                Log.FaxPermanentlyFailed(logger, fax.FaxId, record.Tries, status);
                await EnqueueOrThrowAsync(
                    () => queues.EnqueueWebhookAsync(Webhook(fax, record, FaxMessages.PermanentFailure(record.Tries, status)), cancellationToken),
                    fax,
                    "perm_fail callback");
                break;
            default:
                // The callback goes first and the retry second. Were it the other way round, a
                // failed callback write would make SQS redeliver this message after the retry was
                // already queued, and the fax would then be attempted twice.
                await EnqueueOrThrowAsync(
                    () => queues.EnqueueWebhookAsync(
                        Webhook(fax, record, FaxMessages.TemporaryFailure(fax.Attempt, settings.MaxFaxAttempts, status)), cancellationToken),
                    fax,
                    "tmp_fail callback");
                break;
        }

        return await journal.AdvanceAsync(record, AttemptPhase.Notified, cancellationToken);
    }

    /// <summary>
    /// The next attempt's message, due when the record says (decided once, jitter included, so a
    /// repeated report queues the same retry), carrying the fax's deadline and failure counts.
    /// A record from before due times were recorded retries after <c>BACKOFF_DELAY</c>.
    /// </summary>
    private (Fax Retry, TimeSpan Delay) Retry(Fax fax, FaxAttemptRecord record)
    {
        var now = time.GetUtcNow();
        var due = record.RetryAt ?? now + settings.BackoffDelay;
        var firstSeen = record.StartedAt == default ? now : record.StartedAt;
        var retry = fax.RetryAt(due, record.Cause ?? FailureCause.LineError).ExpiringAt(planner.DeadlineOf(fax, firstSeen));
        return (retry, due > now ? due - now : TimeSpan.Zero);
    }

    private async Task EnqueueOrThrowAsync(Func<Task> enqueue, Fax fax, string what)
    {
        try
        {
            await enqueue();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new FaxProcessingException(
                $"Failed to enqueue {what} for fax '{fax.FaxId}' (attempt {fax.Attempt} of {settings.MaxFaxAttempts})",
                exception);
        }
    }

    private Webhook Webhook(Fax fax, FaxAttemptRecord record, string message)
    {
        var payload = new WebhookPayload(
            fax.FaxId,
            record.Outcome!.Value,
            message,
            record.DecidedAt!.Value,
            Attempt: fax.Attempt,
            MaxAttempts: settings.MaxFaxAttempts,
            Sequence: fax.Attempt);
        return new Webhook(fax.CallbackUrl, payload, WebhookIds.For(payload));
    }

    private static FaxAttemptResult Result(Fax fax, FaxAttemptRecord record) =>
        new(record.Outcome!.Value, fax.Attempt, record.FinalStatus ?? string.Empty, RetryScheduled: record.Outcome == FaxStatus.TemporaryFailure);
}
