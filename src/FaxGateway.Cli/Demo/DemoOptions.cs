namespace FaxGateway.Cli.Demo;

/// <summary>What <c>faxgw demo</c> runs.</summary>
internal sealed record DemoOptions
{
    /// <summary>How much faster than real time everything runs: 60 makes a one-minute page take a second.</summary>
    public double Speed { get; init; } = 60;

    /// <summary><c>MAX_FAX_ATTEMPTS</c> for the demo: small, so the never-answering office ends in <c>perm_fail</c> quickly.</summary>
    public int MaxFaxAttempts { get; init; } = 3;

    /// <summary>A folder of PDFs to fax instead of generated ones (such as real election forms).</summary>
    public DirectoryInfo? PdfFolder { get; init; }

    /// <summary>Chance that a dial finds a line busy because of someone else's fax.</summary>
    public double BackgroundBusyProbability { get; init; }

    /// <summary>How long to wait for every fax's final callback before giving up.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Which carrier's API the gateway speaks to the simulator (<c>FAX_CARRIER</c>'s names; the simulator serves them all).</summary>
    public string Carrier { get; init; } = Core.Carriers.CarrierNames.Twilio;

    /// <summary>Show the gateway's own log lines as well as the progress lines (errors are always shown).</summary>
    public bool Verbose { get; init; }
}
