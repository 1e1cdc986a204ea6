using FaxGateway.Core.Attempts;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Media;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Queues;
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
    private readonly FaxGatewaySettings _settings;
    private readonly TimeProvider _time;
    private readonly IMediaPreflight _media;
    private readonly IFaultInjector _faults;
    private readonly ILogger<FaxProcessor> _logger;
    private readonly FaxStatusPoller _poller;
    private readonly AttemptJournal _journal;
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
        _settings = settings;
        _time = time;
        _media = media;
        _faults = faults;
        _logger = logger;
        _poller = new FaxStatusPoller(carrier, settings, time, faults, logger);
        _journal = new AttemptJournal(attempts, time);
        _reporter = new FaxAttemptReporter(queues, _journal, settings, time, metrics, faults, logger);
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
        var record = known is { IsFinished: true } ? known : await AttemptAsync(fax, known, cancellationToken);
        return await _reporter.ReportAsync(fax, record, cancellationToken);
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
        var attemptDeadline = (sent.AcceptedAt ?? _time.GetUtcNow()) + _settings.AttemptMaxDuration;
        var final = await _poller.WaitForFinalStatusAsync(fax, current, runDeadline, attemptDeadline, cancellationToken);
        if (!final.IsFinal)
        {
            var handedOff = await _journal.HandedOffAsync(sent, cancellationToken);
            Log.FaxHandedOff(_logger, fax.FaxId, fax.Attempt, final.Status, handedOff.Handoffs);
            throw new FaxStillInProgressException(fax.FaxId, fax.Attempt, sent.Handoffs, _settings.PollInterval);
        }

        return await FinishAsync(fax, sent, final.Pages is null ? final with { Pages = sent.Pages } : final, cancellationToken);
    }

    private Task<FaxAttemptRecord> FinishAsync(Fax fax, FaxAttemptRecord? record, CarrierFax final, CancellationToken cancellationToken)
    {
        Log.FaxFinalStatus(_logger, fax.FaxId, fax.Attempt, final.Status, final.State.ToString());
        return _journal.FinishedAsync(fax, record, final, Decide(fax, final), cancellationToken);
    }

    /// <summary>The original's three-way decision.</summary>
    private FaxStatus Decide(Fax fax, CarrierFax final)
    {
        if (final.State == CarrierFaxState.Delivered)
        {
            return FaxStatus.Sent;
        }

        return final.State == CarrierFaxState.FailedPermanent || fax.Attempt >= _settings.MaxFaxAttempts
            ? FaxStatus.PermanentFailure
            : FaxStatus.TemporaryFailure;
    }

    private static FaxSendRequest Request(Fax fax) => new(fax.To, fax.PdfUrl, fax.FaxId, fax.Attempt);
}
