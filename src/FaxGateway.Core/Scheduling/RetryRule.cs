namespace FaxGateway.Core.Scheduling;

/// <summary>
/// How one <see cref="FailureCause"/> is retried: the first wait, doubling after each further
/// failure of that cause up to <see cref="MaxDelay"/>, and how many failures of that cause a fax
/// may have before it fails for good (never more than <c>MAX_FAX_ATTEMPTS</c> attempts in all).
/// </summary>
/// <param name="FirstDelay">The wait after the first failure of this cause.</param>
/// <param name="MaxDelay">The longest wait, however many failures; may exceed SQS's 900-second delay limit.</param>
/// <param name="MaxAttempts">Failures of this cause after which the fax fails for good.</param>
public sealed record RetryRule(TimeSpan FirstDelay, TimeSpan MaxDelay, int MaxAttempts)
{
    /// <summary>The wait before the next attempt after the <paramref name="failures"/>-th failure of this cause, before jitter.</summary>
    public TimeSpan DelayAfter(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);

        // Doubling from the first delay; 2^30 is far past any cap, so the exponent is bounded.
        var factor = Math.Pow(2, Math.Min(failures - 1, 30));
        var seconds = Math.Min(FirstDelay.TotalSeconds * factor, MaxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }
}
