using System.Net;
using FaxGateway.Core.Attempts;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Media;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// Makes one attempt at a fax: sends it through the carrier, waits for the final status, then
/// reports it. Delivered → <c>sent</c> callback; out of attempts (or a permanent carrier
/// failure) → <c>perm_fail</c> callback; otherwise → <c>tmp_fail</c> callback, then a retry.
/// </summary>
/// <remarks>
/// It does not return until the fax is delivered or failed: the queue message stays in flight
/// meanwhile, which keeps the destination's FIFO message group locked so no second fax to that
/// number starts. Every step is recorded in the attempt store before the next one, so a
/// redelivered message carries on where the last run stopped: it never sends an attempt the
/// carrier already has, and it reports a decided outcome again as the same event. A fax longer
/// than one run is handed to the next run (<see cref="FaxStillInProgressException"/>).
/// Infrastructure failures throw, so SQS redelivers; the one deliberate exception is the
/// success callback, see <see cref="FaxAttemptReporter"/>.
/// </remarks>
public sealed class FaxProcessor
{
    // The carrier id of an attempt that never reached the carrier.
    private const string NoCarrierFax = "-";

    private readonly IFaxCarrier _carrier;
    private readonly IGatewayQueues _queues;
    private readonly FaxGatewaySettings _settings;
    private readonly TimeProvider _time;
    private readonly IMediaPreflight _media;
    private readonly IFaultInjector _faults;
    private readonly ILogger<FaxProcessor> _logger;
    private readonly FaxStatusPoller _poller;
    private readonly AttemptJournal _journal;
    private readonly RetryPlanner _planner;
    private readonly AttemptGate _gate;
    private readonly FaxAttemptReporter _reporter;

    public FaxProcessor(
        IFaxCarrier carrier,
        IGatewayQueues queues,
        IFaxAttemptStore attempts,
        FaxGatewaySettings settings,
        TimeProvider time,
        IGatewayMetrics metrics,
        IMediaPreflight media,
        IFaultInjector faults,
        ILogger<FaxProcessor> logger)
    {
        _carrier = carrier;
        _queues = queues;
        _settings = settings;
        _time = time;
        _media = media;
        _faults = faults;
        _logger = logger;
        _poller = new FaxStatusPoller(carrier, settings, time, faults, logger);
        _journal = new AttemptJournal(attempts, time);
        _planner = new RetryPlanner(settings);
        _gate = new AttemptGate(settings);
        _reporter = new FaxAttemptReporter(queues, _journal, _planner, settings, time, metrics, faults, logger);
    }

    /// <summary>Makes (or carries on) the attempt <paramref name="fax"/> asks for and reports its outcome.</summary>
    public async Task<FaxAttemptResult> ProcessAsync(Fax fax, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fax);
        return await ProcessAsync(fax, await _journal.FindAsync(fax, cancellationToken), cancellationToken);
    }

    /// <summary>As <see cref="ProcessAsync(Fax, CancellationToken)"/>, from the record <paramref name="known"/> the caller already read.</summary>
    public async Task<FaxAttemptResult> ProcessAsync(Fax fax, FaxAttemptRecord? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var record = known;
        if (record is null or { Phase: AttemptPhase.NotSent })
        {
            var timing = _gate.Check(fax, record, _time.GetUtcNow());
            switch (timing.Verdict)
            {
                case AttemptVerdict.End:
                    record = await EndUnattemptedAsync(fax, record, timing.Status!, cancellationToken);
                    break;
                case AttemptVerdict.Defer:
                    return await DeferAsync(fax, timing.Due, cancellationToken);
                default:
                    await WaitUntilAsync(timing.Due, cancellationToken);
                    break;
            }
        }

        if (record is not { IsFinished: true })
        {
            record = await AttemptAsync(fax, record, cancellationToken);
        }

        return await _reporter.ReportAsync(fax, record, cancellationToken);
    }

    private async Task WaitUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        if (due - _time.GetUtcNow() is { Ticks: > 0 } left)
        {
            await Task.Delay(left, _time, cancellationToken);
        }
    }

    /// <summary>
    /// Puts an attempt that may not start yet (outside its destination's send window, or asked
    /// for later) back on the retry queue, which holds it until it is due. No attempt is used
    /// and nothing is recorded: a repeat of this message finds the attempt not begun, as now.
    /// </summary>
    private async Task<FaxAttemptResult> DeferAsync(Fax fax, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var reason = fax.Due is { } notBefore && notBefore >= due ? "not due yet" : "outside its send window";
        Log.FaxDeferred(_logger, fax.FaxId, fax.Attempt, due, reason);
        try
        {
            await _queues.EnqueueRetryAsync(fax.WaitUntil(due), due - _time.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new FaxProcessingException($"Failed to put fax '{fax.FaxId}' (attempt {fax.Attempt}) back until {due:o}", exception);
        }

        return FaxAttemptResult.Deferred(fax.Attempt, reason, due);
    }

    /// <summary>
    /// Ends a fax without this attempt (<c>perm_fail</c>): its deadline passed first (status
    /// <c>expired</c>, with the last attempt's status), or it asked for a time too far ahead.
    /// </summary>
    private async Task<FaxAttemptRecord> EndUnattemptedAsync(Fax fax, FaxAttemptRecord? record, string reason, CancellationToken cancellationToken)
    {
        Log.FaxEndedUnattempted(_logger, fax.FaxId, fax.Attempt, reason);
        var last = fax.RetryCount > 0
            ? await _journal.FindAsync(fax with { RetryCount = fax.RetryCount - 1 }, cancellationToken)
            : null;
        var status = reason == FailureStatuses.Expired ? FailureStatuses.ExpiredAfter(last?.FinalStatus) : reason;
        var ended = new CarrierFax(NoCarrierFax, CarrierFaxState.FailedPermanent, status);
        var decision = new AttemptDecision(FaxStatus.PermanentFailure, status, FailureCause.Permanent, null) { Skipped = true };
        return await _journal.FinishedAsync(fax, record, ended, decision, cancellationToken);
    }

    /// <summary>Takes the attempt from wherever <paramref name="record"/> left it to a recorded outcome.</summary>
    private async Task<FaxAttemptRecord> AttemptAsync(Fax fax, FaxAttemptRecord? record, CancellationToken cancellationToken)
    {
        var runStart = _time.GetUtcNow();
        var runDeadline = runStart + _settings.AttemptTimeout;
        CarrierFax current;
        if (record is null or { Phase: AttemptPhase.NotSent })
        {
            Log.FaxSending(_logger, fax.FaxId, PhoneNumbers.Mask(fax.To), fax.Attempt, _settings.MaxFaxAttempts);
            var media = await _media.CheckAsync(fax, cancellationToken);
            if (!media.IsUsable)
            {
                Log.MediaRefused(_logger, fax.FaxId, fax.Attempt, media.Status);
                return await FinishAsync(fax, record, new CarrierFax(NoCarrierFax, media.State, media.Status, media.Pages), cancellationToken);
            }

            Log.MediaChecked(_logger, fax.FaxId, media.Pages);
            await WaitToBeToldApartAsync(runStart, cancellationToken);
            record = await _journal.BeginSendingAsync(fax, record, media.Pages, cancellationToken);
            _faults.At(FaultPoint.BeforeSend, fax);
            (record, current) = await SendAsync(fax, record, cancellationToken);
            if (record.IsFinished)
            {
                return record;
            }
        }
        else if (record.Phase == AttemptPhase.Sending)
        {
            (record, current) = await ResumeSendingAsync(fax, record, cancellationToken);
            if (record.IsFinished)
            {
                return record;
            }
        }
        else
        {
            Log.FaxResumed(_logger, fax.FaxId, fax.Attempt, record.CarrierFaxId!, record.Handoffs);
            current = new CarrierFax(record.CarrierFaxId!, CarrierFaxState.Pending, "accepted", record.Pages);
        }

        return await WatchAsync(fax, record, current, runDeadline, cancellationToken);
    }

    /// <summary>
    /// Waits, when the carrier needs it, until a send could not be mistaken by a later look-up
    /// for the fax sent to the same number before this run (see <see cref="IFaxCarrierLookup.EarliestSend"/>).
    /// </summary>
    private async Task WaitToBeToldApartAsync(DateTimeOffset runStart, CancellationToken cancellationToken)
    {
        if (_carrier is IFaxCarrierLookup lookup && lookup.EarliestSend(runStart) - _time.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private async Task<(FaxAttemptRecord Record, CarrierFax Accepted)> SendAsync(Fax fax, FaxAttemptRecord sending, CancellationToken cancellationToken)
    {
        CarrierFax accepted;
        try
        {
            accepted = await _carrier.SendAsync(Request(fax), cancellationToken);
        }
        catch (CarrierException exception) when (IsCarrierUnavailable(exception))
        {
            // The carrier said it cannot take the fax now and surely has none: that is an attempt
            // failed for the carrier-unavailable cause, retried on its rule, not a broken run.
            Log.FaxSendRefused(_logger, fax.FaxId, fax.Attempt, exception.Message);
            var refused = new CarrierFax(NoCarrierFax, CarrierFaxState.FailedRetryable, $"{FailureStatuses.CarrierUnavailable} (HTTP {(int)exception.StatusCode!})");
            return (await FinishAsync(fax, sending, refused, cancellationToken), refused);
        }
        catch (CarrierException exception)
        {
            if (!exception.MayHaveCreatedFax)
            {
                // The carrier surely has no fax: let the next run send without asking it.
                await _journal.NotSentAsync(sending, cancellationToken);
            }

            throw new FaxProcessingException(
                $"Sending fax '{fax.FaxId}' (attempt {fax.Attempt} of {_settings.MaxFaxAttempts}) failed: {exception.Message}",
                exception);
        }

        Log.FaxAccepted(_logger, fax.FaxId, accepted.Id, accepted.Status);
        _faults.At(FaultPoint.AfterSend, fax);
        return (await _journal.AcceptedAsync(sending, accepted, cancellationToken), accepted);
    }

    /// <summary>
    /// A run died between recording the send and recording the carrier's answer. The carrier is
    /// asked whether it has the fax: if so it is watched, if surely not it is sent now. A
    /// carrier that cannot be asked gets no second send: the attempt fails for good, saying so.
    /// </summary>
    private async Task<(FaxAttemptRecord Record, CarrierFax Current)> ResumeSendingAsync(
        Fax fax, FaxAttemptRecord sending, CancellationToken cancellationToken)
    {
        if (_carrier is not IFaxCarrierLookup lookup)
        {
            Log.FaxSendInDoubt(_logger, fax.FaxId, fax.Attempt);
            var inDoubt = new CarrierFax(NoCarrierFax, CarrierFaxState.FailedPermanent, FaxMessages.SendInDoubt);
            return (await FinishAsync(fax, sending, inDoubt, cancellationToken), inDoubt);
        }

        var found = await FindAsync(lookup, fax, sending, cancellationToken);
        if (found is null)
        {
            Log.FaxSendNotFound(_logger, fax.FaxId, fax.Attempt);
            return await SendAsync(fax, sending, cancellationToken);
        }

        Log.FaxSendFound(_logger, fax.FaxId, fax.Attempt, found.Id);
        // The fax was accepted when that run sent it, not now: its time limit counts from then.
        return (await _journal.AcceptedAsync(sending, found, cancellationToken, acceptedAt: sending.StartedAt), found);
    }

    private static async Task<CarrierFax?> FindAsync(IFaxCarrierLookup lookup, Fax fax, FaxAttemptRecord sending, CancellationToken cancellationToken)
    {
        try
        {
            return await lookup.FindAsync(Request(fax), sending.StartedAt, cancellationToken);
        }
        catch (CarrierException exception)
        {
            throw new FaxProcessingException(
                $"Asking the carrier whether it has fax '{fax.FaxId}' (attempt {fax.Attempt}) failed: {exception.Message}", exception);
        }
    }

    /// <summary>Polls until the outcome is known, or hands the fax to the next run at this run's deadline.</summary>
    private async Task<FaxAttemptRecord> WatchAsync(
        Fax fax, FaxAttemptRecord sent, CarrierFax current, DateTimeOffset runDeadline, CancellationToken cancellationToken)
    {
        var acceptedAt = sent.AcceptedAt ?? _time.GetUtcNow();
        var attemptDeadline = acceptedAt + _settings.AttemptMaxDuration;
        var final = await _poller.WaitForFinalStatusAsync(fax, current, acceptedAt, sent.Pages, runDeadline, attemptDeadline, cancellationToken);
        if (!final.IsFinal)
        {
            var handedOff = await _journal.HandedOffAsync(sent, cancellationToken);
            Log.FaxHandedOff(_logger, fax.FaxId, fax.Attempt, final.Status, handedOff.Handoffs);
            throw new FaxStillInProgressException(fax.FaxId, fax.Attempt, sent.Handoffs, _settings.PollInterval);
        }

        return await FinishAsync(fax, sent, final, cancellationToken);
    }

    /// <summary>Records the outcome: the original's three-way decision, with the retry's cause and due time (see <see cref="RetryPlanner"/>).</summary>
    private Task<FaxAttemptRecord> FinishAsync(Fax fax, FaxAttemptRecord? record, CarrierFax final, CancellationToken cancellationToken)
    {
        Log.FaxFinalStatus(_logger, fax.FaxId, fax.Attempt, final.Status, final.State.ToString());
        var now = _time.GetUtcNow();
        var decision = _planner.Decide(fax, final, now, _planner.DeadlineOf(fax, record?.StartedAt ?? now));
        return _journal.FinishedAsync(fax, record, final, decision, cancellationToken);
    }

    private static bool IsCarrierUnavailable(CarrierException exception) =>
        exception.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    private static FaxSendRequest Request(Fax fax) => new(fax.To, fax.PdfUrl, fax.FaxId, fax.Attempt);
}
