namespace FaxGateway.Core.Faxes;

/// <summary>What one attempt at a fax came to.</summary>
/// <param name="Status">The callback status the attempt produced.</param>
/// <param name="Attempt">The attempt's number, from 1.</param>
/// <param name="CarrierStatus">The carrier's final status text for the attempt.</param>
/// <param name="RetryScheduled">Whether another attempt was put on the retry queue.</param>
public sealed record FaxAttemptResult(FaxStatus Status, int Attempt, string CarrierStatus, bool RetryScheduled)
{
    /// <summary>Set when the attempt was not made yet but put back until then (a send window, or a later <c>not_before</c>).</summary>
    public DateTimeOffset? DeferredUntil { get; init; }

    /// <summary>An attempt not made yet, put back on the retry queue until <paramref name="until"/> (no attempt used, no callback).</summary>
    public static FaxAttemptResult Deferred(int attempt, string reason, DateTimeOffset until) =>
        new(FaxStatus.TemporaryFailure, attempt, reason, RetryScheduled: true) { DeferredUntil = until };
}
