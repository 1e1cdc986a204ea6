namespace FaxGateway.Simulator.Lines;

/// <summary>What the far end does when the simulator dials it.</summary>
internal enum DialOutcome
{
    /// <summary>A fax machine picks up and pages can go out.</summary>
    Answered,

    /// <summary>The line is in use: a busy signal.</summary>
    Busy,

    /// <summary>The line rings until the ring timeout.</summary>
    NoAnswer,

    /// <summary>The network answers that the number is not in service.</summary>
    NotInService,
}
