namespace FaxGateway.Core.Scheduling;

/// <summary>
/// How many of a fax's attempts so far failed for each retryable cause: the <c>failures</c>
/// field of the retry messages the gateway writes, so each cause's wait grows and its cap holds
/// across attempts without any state outside the message.
/// </summary>
public sealed record FailureCounts(int Busy = 0, int NoAnswer = 0, int LineError = 0, int CarrierUnavailable = 0)
{
    /// <summary>The most failures of one cause a message may claim (MAX_FAX_ATTEMPTS is at most 1,000).</summary>
    public const int MaxCount = 1000;

    /// <summary>No failures yet.</summary>
    public static FailureCounts None { get; } = new();

    /// <summary>The wire names of the four counts, in the order of the record.</summary>
    public static IReadOnlyList<string> WireNames { get; } = ["busy", "no_answer", "line_error", "carrier_unavailable"];

    /// <summary>Failures of <paramref name="cause"/> so far; 0 for a permanent cause, which is never counted.</summary>
    public int Of(FailureCause cause) => cause switch
    {
        FailureCause.Busy => Busy,
        FailureCause.NoAnswer => NoAnswer,
        FailureCause.LineError => LineError,
        FailureCause.CarrierUnavailable => CarrierUnavailable,
        _ => 0,
    };

    /// <summary>These counts with one more failure of <paramref name="cause"/>.</summary>
    public FailureCounts After(FailureCause cause) => cause switch
    {
        FailureCause.Busy => this with { Busy = Busy + 1 },
        FailureCause.NoAnswer => this with { NoAnswer = NoAnswer + 1 },
        FailureCause.LineError => this with { LineError = LineError + 1 },
        FailureCause.CarrierUnavailable => this with { CarrierUnavailable = CarrierUnavailable + 1 },
        _ => this,
    };

    /// <summary>Builds counts from the wire names; unknown names are the caller's to refuse.</summary>
    public static FailureCounts From(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        int Get(string name) => counts.TryGetValue(name, out var value) ? value : 0;
        return new FailureCounts(Get("busy"), Get("no_answer"), Get("line_error"), Get("carrier_unavailable"));
    }
}
