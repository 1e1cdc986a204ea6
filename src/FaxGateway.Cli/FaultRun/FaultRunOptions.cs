namespace FaxGateway.Cli.FaultRun;

/// <summary>What <c>faxgw faults</c> runs: the workload, the faults and how fast.</summary>
internal sealed record FaultRunOptions
{
    /// <summary>Faxes to send.</summary>
    public int Faxes { get; init; } = 1000;

    /// <summary>Destination numbers they are spread over, in turn.</summary>
    public int Numbers { get; init; } = 100;

    /// <summary>How much faster than real time everything runs: 60 makes a one-minute page take a second.</summary>
    public double Speed { get; init; } = 60;

    /// <summary>Seeds every random choice: pages, busy lines, and each kind of fault.</summary>
    public int Seed { get; init; } = 1;

    /// <summary><c>MAX_FAX_ATTEMPTS</c>.</summary>
    public int MaxFaxAttempts { get; init; } = 5;

    /// <summary>Chance that a dial finds a line busy with someone else's fax, so that retries happen.</summary>
    public double BusyProbability { get; init; } = 0.1;

    /// <summary>Share of the numbers whose line never answers, so that some faxes end in <c>perm_fail</c>.</summary>
    public double DeadLineShare { get; init; } = 0.02;

    /// <summary>Share of carrier API calls answered with a 5xx.</summary>
    public double CarrierErrorRate { get; init; } = 0.05;

    /// <summary>Share of SQS HTTP requests that fail (before the SDK's own retries).</summary>
    public double SqsErrorRate { get; init; } = 0.01;

    /// <summary>Chance that a run is killed at each fault point it reaches (decided once per fax, attempt and point).</summary>
    public double KillRate { get; init; } = 0.02;

    /// <summary>Simulated time the callback receiver is down (answering 503).</summary>
    public TimeSpan ReceiverDown { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Simulated time after the first fax is enqueued that the receiver goes down.</summary>
    public TimeSpan ReceiverDownAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The fax queue's visibility timeout in real seconds: how soon a killed run's message comes
    /// back. The worker's heartbeat keeps messages in progress hidden, so it may be short; too
    /// short and a heartbeat missed on a loaded machine hands a fax in progress out again.
    /// </summary>
    public TimeSpan FaxVisibility { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>How long to wait, in real time, for every fax's final callback.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Show the gateway's own log lines (warnings and errors) as they happen.</summary>
    public bool Verbose { get; init; }
}
