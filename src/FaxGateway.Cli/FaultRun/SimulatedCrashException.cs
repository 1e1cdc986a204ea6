using FaxGateway.Core.Hosting;

namespace FaxGateway.Cli.FaultRun;

/// <summary>
/// Thrown by <see cref="RandomCrashes"/> to end a processing run at a <see cref="FaultPoint"/>
/// as a killed process would: nothing after it happens and the message is not deleted.
/// </summary>
public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : this("Simulated crash")
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SimulatedCrashException(FaultPoint point, string faxId, int attempt)
        : this($"Simulated crash at {point} of fax {faxId} attempt {attempt}")
    {
        Point = point;
    }

    /// <summary>Where the run was killed.</summary>
    public FaultPoint Point { get; }
}
