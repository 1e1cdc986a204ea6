using System.Globalization;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;

namespace FaxGateway.Cli.Benchmark;

/// <summary>
/// The scheduling policies <c>faxgw bench</c> compares, as the environment of <c>faxgw run</c>.
/// Every duration is a real-world figure divided by the run's speed, because the gateway runs on
/// the wall clock while the simulator's model runs that many times faster.
/// </summary>
internal static class BenchPolicies
{
    /// <summary>The original gateway's: <c>BACKOFF_DELAY</c> after every failure, a status read every <c>FAX_POLL_INTERVAL</c>.</summary>
    public const string Original = "original";

    /// <summary>Today's defaults: retries by failure cause with jitter, polling timed from the fax's pages.</summary>
    public const string Default = "default";

    /// <summary>The original's backoff, seconds.</summary>
    public const double OriginalBackoffSeconds = 600;

    /// <summary>The original's poll interval, seconds.</summary>
    public const double OriginalPollSeconds = 15;

    /// <summary>How long one run watches a fax before handing it on (<c>FAX_ATTEMPT_TIMEOUT</c>'s default).</summary>
    public const double AttemptTimeoutSeconds = 840;

    /// <summary><c>FAX_ATTEMPT_MAX_DURATION</c>'s default.</summary>
    public const double AttemptMaxDurationSeconds = 10_800;

    /// <summary><c>FAX_DEADLINE</c>'s default (three days), from the gateway's own settings.</summary>
    public static readonly double DeadlineSeconds = FaxGatewaySettings.DefaultFaxDeadline.TotalSeconds;

    public static IReadOnlyList<string> Names { get; } = [Original, Default];

    /// <summary>One line per policy, for help and reports.</summary>
    public static string Describe(string policy) => policy switch
    {
        Original => "RETRY_POLICY=constant, BACKOFF_DELAY=600, FAX_POLL_MODE=fixed, FAX_POLL_INTERVAL=15",
        Default => "the defaults: retries by failure cause with jitter, adaptive polling",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, $"Policies are {string.Join(", ", Names)}"),
    };

    /// <summary>
    /// The scheduling variables of <paramref name="policy"/> at <paramref name="speed"/>: the
    /// waits every run shares (backoff, polling, attempt limits, deadline, page time) and the policy's own.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(string policy, double speed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(speed);
        var polling = PollingSettings.Default;
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BACKOFF_DELAY"] = Scaled(OriginalBackoffSeconds, speed),
            ["FAX_POLL_INTERVAL"] = Scaled(OriginalPollSeconds, speed),
            ["FAX_ATTEMPT_TIMEOUT"] = Scaled(AttemptTimeoutSeconds, speed),
            ["FAX_ATTEMPT_MAX_DURATION"] = Scaled(AttemptMaxDurationSeconds, speed),
            ["FAX_DEADLINE"] = Scaled(DeadlineSeconds, speed),
            ["FAX_PAGE_SECONDS"] = Scaled(polling.ExpectedPageTime.TotalSeconds, speed),
        };
        switch (policy)
        {
            case Original:
                environment["RETRY_POLICY"] = "constant";
                environment["FAX_POLL_MODE"] = "fixed";
                break;
            case Default:
                // The defaults' rules, read from the gateway itself so the bench follows them, each wait scaled.
                var defaults = new RetryPolicy();
                foreach (var (prefix, rule) in new[]
                {
                    ("RETRY_BUSY", defaults.Busy), ("RETRY_NO_ANSWER", defaults.NoAnswer),
                    ("RETRY_LINE_ERROR", defaults.LineError), ("RETRY_CARRIER_UNAVAILABLE", defaults.CarrierUnavailable),
                })
                {
                    environment[$"{prefix}_DELAY"] = Scaled(rule.FirstDelay.TotalSeconds, speed);
                    environment[$"{prefix}_MAX_DELAY"] = Scaled(rule.MaxDelay.TotalSeconds, speed);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(policy), policy, $"Policies are {string.Join(", ", Names)}");
        }

        return environment;
    }

    /// <summary><paramref name="seconds"/> of model time as real seconds at <paramref name="speed"/>, fractions kept.</summary>
    public static string Scaled(double seconds, double speed) =>
        (seconds / speed).ToString("0.######", CultureInfo.InvariantCulture);
}
