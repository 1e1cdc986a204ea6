using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Scheduling;

/// <summary>
/// Decides what a finished attempt comes to: delivered, retried (and when), or failed for good,
/// because the failure is permanent, its cause has used up its attempts, the fax has used up
/// <c>MAX_FAX_ATTEMPTS</c>, or its next attempt could not come before its deadline.
/// </summary>
public sealed class RetryPlanner(FaxGatewaySettings settings, Func<double> random)
{
    /// <summary>A planner drawing its jitter from a shared random source.</summary>
    public RetryPlanner(FaxGatewaySettings settings)
        : this(settings, Random.Shared.NextDouble)
    {
    }

    /// <summary>The decision for <paramref name="fax"/>'s attempt that ended as <paramref name="final"/> at <paramref name="now"/>.</summary>
    /// <param name="fax">The attempt's message.</param>
    /// <param name="final">The carrier's final answer.</param>
    /// <param name="now">When the attempt ended.</param>
    /// <param name="expires">The fax's deadline.</param>
    public AttemptDecision Decide(Fax fax, CarrierFax final, DateTimeOffset now, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(fax);
        ArgumentNullException.ThrowIfNull(final);
        if (final.State == CarrierFaxState.Delivered)
        {
            return new AttemptDecision(FaxStatus.Sent, final.Status, null, null);
        }

        var cause = FailureCauses.Of(final);
        var rule = settings.Retries.RuleFor(cause);
        var failures = (fax.Failures ?? FailureCounts.None).Of(cause) + 1;
        if (rule is null || fax.Attempt >= settings.MaxFaxAttempts || failures >= rule.MaxAttempts)
        {
            return new AttemptDecision(FaxStatus.PermanentFailure, final.Status, cause, null);
        }

        var due = now + Jittered(rule.DelayAfter(failures));
        due = settings.SendWindows.NextOpening(fax.To, due) ?? due;
        return due > expires
            ? new AttemptDecision(FaxStatus.PermanentFailure, FailureStatuses.ExpiredAfter(final.Status), cause, null)
            : new AttemptDecision(FaxStatus.TemporaryFailure, final.Status, cause, due);
    }

    /// <summary>The deadline of <paramref name="fax"/>: its own, or <c>FAX_DEADLINE</c> after <paramref name="firstSeen"/>.</summary>
    public DateTimeOffset DeadlineOf(Fax fax, DateTimeOffset firstSeen)
    {
        ArgumentNullException.ThrowIfNull(fax);
        return fax.Expires ?? firstSeen + settings.FaxDeadline;
    }

    // Shortened by up to the jitter share, never lengthened, so the rule's cap still holds.
    private TimeSpan Jittered(TimeSpan delay) =>
        settings.Retries.Jitter == 0 ? delay : delay * (1 - (settings.Retries.Jitter * random()));
}
