namespace FaxGateway.Cli.Benchmark;

/// <summary>What <c>faxgw bench</c> runs: the election-week workload, the policies compared, and the scale run.</summary>
internal sealed record BenchOptions
{
    /// <summary>Faxes in the election-week batch.</summary>
    public int Faxes { get; init; } = 1000;

    /// <summary>Destination numbers (election offices) they go to.</summary>
    public int Numbers { get; init; } = 100;

    /// <summary>
    /// The exponent s of the skew: the office of rank i gets a share of the faxes in proportion
    /// to 1/i^s. 0.5 gives the busiest of 100 offices about 5 % of the faxes, seven times the median office.
    /// </summary>
    public double Skew { get; init; } = 0.5;

    /// <summary>Offices whose line never answers, picked from the middle ranks.</summary>
    public int NeverAnswer { get; init; } = 5;

    /// <summary>Chances that a dial finds a line busy with someone else's call; one run per value and policy.</summary>
    public IReadOnlyList<double> BusyProbabilities { get; init; } = [0, 0.2];

    /// <summary>The scheduling policies compared, by name (see <see cref="BenchPolicies"/>).</summary>
    public IReadOnlyList<string> Policies { get; init; } = [BenchPolicies.Original, BenchPolicies.Default];

    /// <summary>How much faster than real time everything runs: 60 makes a one-minute page take a second.</summary>
    public double Speed { get; init; } = 60;

    /// <summary>Seeds the workload (pages, order) and the simulator's line luck; the same for every policy.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Which carrier API the gateway speaks to the simulator (<c>FAX_CARRIER</c>).</summary>
    public string Carrier { get; init; } = "telnyx";

    /// <summary>A folder of PDFs to fax instead of generated ones; it needs PDFs of 1, 2, 3 and 4 pages.</summary>
    public DirectoryInfo? PdfFolder { get; init; }

    /// <summary>Real time one run may take before it stops waiting for final callbacks.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Where <c>election-week.json</c>, <c>election-week.svg</c> (or <c>scale.json</c>) and the gateway logs go.</summary>
    public DirectoryInfo Output { get; init; } = new("bench-results");

    /// <summary>Run the scale run instead of the election week.</summary>
    public bool Scale { get; init; }

    /// <summary>Faxes in flight at once in the scale run, each to its own number.</summary>
    public int ScaleFaxes { get; init; } = 2000;

    /// <summary>Pages of each scale-run fax: long enough that every fax is on the line at once.</summary>
    public int ScalePages { get; init; } = 20;

    /// <summary>The policy of the scale run.</summary>
    public string ScalePolicy { get; init; } = BenchPolicies.Default;

    /// <summary>Put a recording pass-through in front of the SQS emulator, to time when each callback is queued.</summary>
    public bool TapSqs { get; init; } = true;

    /// <summary>Print progress of the stack starting up too.</summary>
    public bool Verbose { get; init; }
}
