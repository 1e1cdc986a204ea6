using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Scheduling;

/// <summary>What a finished attempt comes to.</summary>
/// <param name="Outcome">The callback status.</param>
/// <param name="Status">The status the callback quotes: the carrier's, or <c>expired (…)</c>.</param>
/// <param name="Cause">Why the attempt failed; null when it was delivered.</param>
/// <param name="RetryAt">When the next attempt is due, after a temporary failure.</param>
public sealed record AttemptDecision(FaxStatus Outcome, string Status, FailureCause? Cause, DateTimeOffset? RetryAt)
{
    /// <summary>Whether the attempt was never made (the fax ended before it could begin).</summary>
    public bool Skipped { get; init; }
}
