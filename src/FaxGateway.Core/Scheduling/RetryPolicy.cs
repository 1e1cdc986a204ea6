using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Scheduling;

/// <summary>
/// How long a failed fax waits before its next attempt, and when it stops trying, by the cause
/// of the failure. The defaults and their reasons are in the README's configuration table.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>The longest wait one rule may ask for: a day, inside the default three-day deadline.</summary>
    public static readonly TimeSpan LongestDelay = TimeSpan.FromDays(1);

    /// <summary><c>RETRY_POLICY</c>: by-cause or constant (the original's).</summary>
    public RetryPolicyKind Kind { get; init; } = RetryPolicyKind.ByCause;

    /// <summary>
    /// A busy line is in use by someone else's call, which ends within minutes: try again soon,
    /// backing off if it stays busy (<c>RETRY_BUSY_*</c>).
    /// <value>The default value is 60 s doubling to 600 s, up to 20 busy attempts.</value>
    /// </summary>
    public RetryRule Busy { get; init; } = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(600), 20);

    /// <summary>
    /// A machine that does not answer needs a person to switch it on or fill its paper: wait
    /// longer, and give up sooner, because every try rings out for most of a minute (<c>RETRY_NO_ANSWER_*</c>).
    /// <value>The default value is 300 s doubling to 2,400 s, up to 5 unanswered attempts (about 75 minutes).</value>
    /// </summary>
    public RetryRule NoAnswer { get; init; } = new(TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(2400), 5);

    /// <summary>
    /// A dropped call or fax protocol error is often the line's noise or the receiver's memory:
    /// it may clear at once or last (<c>RETRY_LINE_ERROR_*</c>).
    /// <value>The default value is 120 s doubling to 1,800 s, up to 10 such attempts.</value>
    /// </summary>
    public RetryRule LineError { get; init; } = new(TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(1800), 10);

    /// <summary>
    /// The carrier's own trouble says nothing about the destination: retry soon, backing off
    /// while the carrier is down (<c>RETRY_CARRIER_UNAVAILABLE_*</c>).
    /// <value>The default value is 60 s doubling to 900 s, up to 20 such attempts.</value>
    /// </summary>
    public RetryRule CarrierUnavailable { get; init; } = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(900), 20);

    /// <summary>
    /// Share (0 to 1) by which a wait is shortened at random (<c>RETRY_JITTER</c>), so faxes that
    /// failed together do not all come back in the same second. Jitter only shortens, so no
    /// wait exceeds its rule's cap.
    /// <value>The default value is 0.2.</value>
    /// </summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>The original's policy: <paramref name="backoffDelay"/> after every failure, <paramref name="maxAttempts"/> attempts, no jitter.</summary>
    public static RetryPolicy Constant(TimeSpan backoffDelay, int maxAttempts)
    {
        var rule = new RetryRule(backoffDelay, backoffDelay, maxAttempts);
        return new RetryPolicy
        {
            Kind = RetryPolicyKind.Constant, Busy = rule, NoAnswer = rule, LineError = rule, CarrierUnavailable = rule, Jitter = 0,
        };
    }

    /// <summary>This policy with every wait divided by <paramref name="speed"/>, for local runs of hours of traffic in minutes.</summary>
    public RetryPolicy DividedBy(double speed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(speed);
        RetryRule Scale(RetryRule rule) => rule with { FirstDelay = rule.FirstDelay / speed, MaxDelay = rule.MaxDelay / speed };
        return this with
        {
            Busy = Scale(Busy), NoAnswer = Scale(NoAnswer), LineError = Scale(LineError), CarrierUnavailable = Scale(CarrierUnavailable),
        };
    }

    /// <summary>The rule for <paramref name="cause"/>; null for a permanent failure, which is never retried.</summary>
    public RetryRule? RuleFor(FailureCause cause) => cause switch
    {
        FailureCause.Busy => Busy,
        FailureCause.NoAnswer => NoAnswer,
        FailureCause.LineError => LineError,
        FailureCause.CarrierUnavailable => CarrierUnavailable,
        _ => null,
    };

    /// <summary>Binds the policy; <c>constant</c> takes the original's <c>BACKOFF_DELAY</c> and <c>MAX_FAX_ATTEMPTS</c>.</summary>
    public static RetryPolicy Read(SettingsReader reader, TimeSpan backoffDelay, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Choice("RETRY_POLICY", "by-cause", "by-cause", "constant") == "constant")
        {
            return Constant(backoffDelay, maxAttempts);
        }

        var defaults = new RetryPolicy();
        return new RetryPolicy
        {
            Busy = ReadRule(reader, "RETRY_BUSY", defaults.Busy),
            NoAnswer = ReadRule(reader, "RETRY_NO_ANSWER", defaults.NoAnswer),
            LineError = ReadRule(reader, "RETRY_LINE_ERROR", defaults.LineError),
            CarrierUnavailable = ReadRule(reader, "RETRY_CARRIER_UNAVAILABLE", defaults.CarrierUnavailable),
            Jitter = reader.Number("RETRY_JITTER", defaults.Jitter, 0, 1),
        };
    }

    private static RetryRule ReadRule(SettingsReader reader, string prefix, RetryRule fallback)
    {
        var first = reader.Seconds($"{prefix}_DELAY", fallback.FirstDelay, TimeSpan.FromMilliseconds(10), LongestDelay);
        var max = reader.Seconds($"{prefix}_MAX_DELAY", fallback.MaxDelay, TimeSpan.FromMilliseconds(10), LongestDelay);
        var attempts = reader.WholeNumber($"{prefix}_MAX_ATTEMPTS", fallback.MaxAttempts, min: 1, max: 1000);
        if (max < first)
        {
            reader.AddProblem($"{prefix}_MAX_DELAY must not be shorter than {prefix}_DELAY");
        }

        return new RetryRule(first, max < first ? first : max, attempts);
    }
}
