using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Scheduling;

namespace FaxGateway.Core.Attempts;

/// <summary>
/// What the gateway knows of one attempt at a fax, kept outside the process that makes it (see
/// <see cref="IFaxAttemptStore"/>). A redelivered message finds it and carries on: it watches
/// the carrier fax it already sent rather than sending again, and reports the outcome it
/// already decided with the same timestamp, so a repeated callback is the same event.
/// </summary>
/// <param name="FaxId">The caller's fax id.</param>
/// <param name="Attempt">The attempt number, from 1.</param>
/// <param name="Phase">How far the attempt has got.</param>
/// <param name="Version">Grows by one with every write; a write only succeeds over the version it read.</param>
public sealed record FaxAttemptRecord(string FaxId, int Attempt, AttemptPhase Phase, int Version)
{
    /// <summary>When the gateway first asked the carrier to send (or decided not to), for carrier look-ups.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>The <see cref="RequestFingerprint"/> of the message that started the attempt.</summary>
    public string? RequestHash { get; init; }

    /// <summary>The carrier's id for the fax, once it accepted it.</summary>
    public string? CarrierFaxId { get; init; }

    /// <summary>When the carrier accepted the fax: the attempt's whole-duration limit counts from here.</summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>Runs that ended with the fax still in progress and handed it to the next run.</summary>
    public int Handoffs { get; init; }

    /// <summary>Pages in the document, when known.</summary>
    public int? Pages { get; init; }

    /// <summary>The carrier's final state, once finished.</summary>
    public CarrierFaxState? FinalState { get; init; }

    /// <summary>The carrier's own final status text, quoted in the callback.</summary>
    public string? FinalStatus { get; init; }

    /// <summary>The callback status the outcome produced, once finished.</summary>
    public FaxStatus? Outcome { get; init; }

    /// <summary>When the outcome was decided, in UNIX seconds: the callback's <c>timestamp</c>.</summary>
    public long? DecidedAt { get; init; }

    /// <summary>Why the attempt failed, once finished and failed.</summary>
    public FailureCause? Cause { get; init; }

    /// <summary>When the next attempt is due, decided once (jitter included) so a repeated report queues the same retry.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>Whether the attempt was never made: the fax's deadline had passed before it.</summary>
    public bool Skipped { get; init; }

    /// <summary>Attempts actually made by the end of this one, as the <c>perm_fail</c> message counts them.</summary>
    public int Tries => Skipped ? Attempt - 1 : Attempt;

    /// <summary>Whether the outcome has been decided (the phase is <see cref="AttemptPhase.Finished"/> or later).</summary>
    public bool IsFinished => Phase >= AttemptPhase.Finished;
}
