namespace FaxGateway.Simulator.Recording;

/// <summary>How a call attempt on a line ended.</summary>
public enum CallOutcome
{
    /// <summary>A busy signal; no page went out.</summary>
    Busy,

    /// <summary>Rang until the ring timeout; no page went out.</summary>
    NoAnswer,

    /// <summary>Every page went out.</summary>
    Delivered,

    /// <summary>The call dropped part-way (<c>FailAfterPages</c>).</summary>
    Failed,

    /// <summary>The simulator stopped while the call was up.</summary>
    Canceled,

    /// <summary>The number is not in service; nothing rang.</summary>
    NotInService,
}
