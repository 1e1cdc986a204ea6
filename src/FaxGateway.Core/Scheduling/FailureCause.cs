namespace FaxGateway.Core.Scheduling;

/// <summary>
/// Why an attempt failed, as far as retrying goes. Each cause has its own retry rule
/// (<see cref="RetryRule"/>), because each clears on its own time scale.
/// </summary>
public enum FailureCause
{
    /// <summary>The line was in use: someone else's call, which usually ends within minutes.</summary>
    Busy,

    /// <summary>Nobody answered: the machine is off, unplugged or out of paper, which takes a person to fix.</summary>
    NoAnswer,

    /// <summary>The call connected but the transmission failed (dropped call, fax protocol error), or the gateway timed it out.</summary>
    LineError,

    /// <summary>The carrier failed on its side (its own outage, or it could not fetch the document); nothing about the destination.</summary>
    CarrierUnavailable,

    /// <summary>No retry can succeed (a bad number, a refused document): the fax fails at once.</summary>
    Permanent,
}
