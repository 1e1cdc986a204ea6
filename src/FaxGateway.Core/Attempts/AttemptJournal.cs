using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Scheduling;

namespace FaxGateway.Core.Attempts;

/// <summary>
/// The fax processor's writes to the attempt store, one per step. Each write replaces exactly
/// the version the run read; if another run wrote first, the step is not taken and the message
/// is delivered again later, to carry on from whatever that run recorded.
/// </summary>
internal sealed class AttemptJournal(IFaxAttemptStore store, TimeProvider time)
{
    public Task<FaxAttemptRecord?> FindAsync(Fax fax, CancellationToken cancellationToken) =>
        store.GetAsync(fax.FaxId, fax.Attempt, cancellationToken);

    /// <summary>Records, before the carrier is called, that this attempt is about to be sent.</summary>
    public Task<FaxAttemptRecord> BeginSendingAsync(Fax fax, FaxAttemptRecord? notSent, int? pages, CancellationToken cancellationToken) =>
        SaveAsync(
            Next(fax, notSent, AttemptPhase.Sending) with { StartedAt = time.GetUtcNow(), Pages = pages, RequestHash = RequestFingerprint.Of(fax) },
            cancellationToken);

    /// <summary>Records the carrier's id for the fax, before the gateway starts waiting on it.</summary>
    public Task<FaxAttemptRecord> AcceptedAsync(
        FaxAttemptRecord record, CarrierFax accepted, CancellationToken cancellationToken, DateTimeOffset? acceptedAt = null) =>
        SaveAsync(
            Bump(record, AttemptPhase.Sent) with
            {
                CarrierFaxId = accepted.Id,
                AcceptedAt = acceptedAt ?? time.GetUtcNow(),
                Pages = accepted.Pages ?? record.Pages,
            },
            cancellationToken);

    /// <summary>Records that the carrier refused the send outright, so the next run may send again.</summary>
    public Task<FaxAttemptRecord> NotSentAsync(FaxAttemptRecord sending, CancellationToken cancellationToken) =>
        SaveAsync(Bump(sending, AttemptPhase.NotSent), cancellationToken);

    /// <summary>Records that this run ends with the fax still in progress at the carrier.</summary>
    public Task<FaxAttemptRecord> HandedOffAsync(FaxAttemptRecord record, CancellationToken cancellationToken) =>
        SaveAsync(Bump(record, record.Phase) with { Handoffs = record.Handoffs + 1 }, cancellationToken);

    /// <summary>Records the attempt's outcome and when it was decided, before anything is reported.</summary>
    public Task<FaxAttemptRecord> FinishedAsync(
        Fax fax, FaxAttemptRecord? record, CarrierFax final, AttemptDecision decision, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var finished = Next(fax, record, AttemptPhase.Finished) with
        {
            StartedAt = record?.StartedAt ?? now,
            RequestHash = record?.RequestHash ?? RequestFingerprint.Of(fax),
            FinalState = final.State,
            FinalStatus = decision.Status,
            Pages = final.Pages ?? record?.Pages,
            Outcome = decision.Outcome,
            DecidedAt = now.ToUnixTimeSeconds(),
            Cause = decision.Cause,
            RetryAt = decision.RetryAt,
            Skipped = decision.Skipped,
        };
        return SaveAsync(finished, cancellationToken);
    }

    /// <summary>Moves a finished attempt on to <paramref name="phase"/>.</summary>
    public Task<FaxAttemptRecord> AdvanceAsync(FaxAttemptRecord record, AttemptPhase phase, CancellationToken cancellationToken) =>
        SaveAsync(Bump(record, phase), cancellationToken);

    private static FaxAttemptRecord Next(Fax fax, FaxAttemptRecord? previous, AttemptPhase phase) =>
        previous is null ? new FaxAttemptRecord(fax.FaxId, fax.Attempt, phase, Version: 1) : Bump(previous, phase);

    private static FaxAttemptRecord Bump(FaxAttemptRecord record, AttemptPhase phase) =>
        record with { Phase = phase, Version = record.Version + 1 };

    private async Task<FaxAttemptRecord> SaveAsync(FaxAttemptRecord record, CancellationToken cancellationToken)
    {
        if (!await store.TrySaveAsync(record, cancellationToken))
        {
            throw new AttemptConflictException(record.FaxId, record.Attempt, record.Phase);
        }

        return record;
    }
}
