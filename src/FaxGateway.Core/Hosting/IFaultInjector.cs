using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Hosting;

/// <summary>
/// Called at each <see cref="FaultPoint"/> of an attempt. In production it does nothing; the
/// fault-injection run throws from it, which ends the run there exactly as a killed process
/// would: nothing after that point happens and the message is not deleted.
/// </summary>
public interface IFaultInjector
{
    void At(FaultPoint point, Fax fax);
}

/// <summary>The production injector: no faults.</summary>
public sealed class NoFaults : IFaultInjector
{
    public static readonly NoFaults Instance = new();

    public void At(FaultPoint point, Fax fax)
    {
    }
}
