namespace FaxGateway.Simulator.Faults;

/// <summary>Which API requests a fault hits.</summary>
public enum FaultTarget
{
    /// <summary>Any request to a carrier API.</summary>
    Any,

    /// <summary>Only requests that create a fax.</summary>
    Create,

    /// <summary>Only reads of a fax (GET).</summary>
    Read,
}
