namespace FaxGateway.Core.Scheduling;

/// <summary>How the gateway decides when to read a fax's status from the carrier (<c>FAX_POLL_MODE</c>).</summary>
public enum PollMode
{
    /// <summary>Reads timed from the fax's expected line time (its page count), so a result is seen soon after it happens.</summary>
    Adaptive,

    /// <summary>The original's: a read every <c>FAX_POLL_INTERVAL</c>.</summary>
    Fixed,
}
