namespace FaxGateway.Core.Scheduling;

/// <summary>Whether an attempt may begin, from <see cref="AttemptGate"/>.</summary>
/// <param name="Verdict">Start (after waiting until <paramref name="Due"/>), wait on the retry queue until then, or end the fax.</param>
/// <param name="Due">When the attempt may start.</param>
/// <param name="Status">For <see cref="AttemptVerdict.End"/>: the status the <c>perm_fail</c> quotes.</param>
public sealed record AttemptTiming(AttemptVerdict Verdict, DateTimeOffset Due, string? Status = null);
