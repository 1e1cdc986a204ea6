namespace FaxGateway.Cli.DeadLetters;

/// <summary>What a redrive did, counted for its summary line and exit code.</summary>
internal sealed class RedriveTally
{
    public int Moved { get; set; }

    public int Refused { get; set; }

    public int Failed { get; set; }

    public IReadOnlyCollection<string> NotFound { get; set; } = [];

    public bool Complete => Refused == 0 && Failed == 0 && NotFound.Count == 0;
}
