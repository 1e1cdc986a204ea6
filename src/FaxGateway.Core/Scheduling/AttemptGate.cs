using FaxGateway.Core.Attempts;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Scheduling;

/// <summary>
/// Decides, before an attempt begins, whether it may begin now: not before the message's own
/// <c>not_before</c>, only inside its destination's send window, and never past its deadline.
/// Every field it reads may come from a caller, so each wait it allows is bounded.
/// </summary>
public sealed class AttemptGate(FaxGatewaySettings settings)
{
    /// <summary>The furthest ahead a message may ask for its attempt: a caller cannot park a fax on the queues for ever.</summary>
    public static readonly TimeSpan LongestScheduleAhead = TimeSpan.FromDays(30);

    /// <summary>
    /// How long the fax processor waits in process for a message's own <c>not_before</c>,
    /// holding its number: long enough that clock skew between the retry and the fax processor
    /// never sends an unchanged body back round (the fax queue would take it for a duplicate).
    /// </summary>
    public static readonly TimeSpan LongestWaitForOwnTime = TimeSpan.FromSeconds(5);

    // The deadline rule is the planner's; the gate only knows when it does not apply yet.
    private readonly RetryPlanner _deadlines = new(settings);

    /// <summary>The verdict on <paramref name="fax"/>'s attempt at <paramref name="now"/>, given its record so far (none, or not sent).</summary>
    public AttemptTiming Check(Fax fax, FaxAttemptRecord? record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fax);
        if (fax.Due is { } asked && asked - now > LongestScheduleAhead)
        {
            return new AttemptTiming(AttemptVerdict.End, now, FailureStatuses.TooFarAhead);
        }

        var expires = Deadline(fax, record);
        var ownDue = fax.Due is { } notBefore && notBefore > now ? notBefore : now;
        var due = settings.SendWindows.NextOpening(fax.To, ownDue) ?? ownDue;
        if (expires is { } deadline && (now >= deadline || due > deadline))
        {
            return new AttemptTiming(AttemptVerdict.End, now, FailureStatuses.Expired);
        }

        var longestInProcess = due == ownDue ? LongestWaitForOwnTime : QueueDelay.Shortest;
        return new AttemptTiming(due - now >= longestInProcess ? AttemptVerdict.Defer : AttemptVerdict.Start, due);
    }

    /// <summary>
    /// The deadline as far as it is known before this attempt: the message's own, or
    /// <c>FAX_DEADLINE</c> from the first attempt. A fax never yet attempted has no default
    /// deadline, so a closed send window does not use up its time.
    /// </summary>
    private DateTimeOffset? Deadline(Fax fax, FaxAttemptRecord? record) =>
        record is { StartedAt: var started } && started != default ? _deadlines.DeadlineOf(fax, started) : fax.Expires;
}
