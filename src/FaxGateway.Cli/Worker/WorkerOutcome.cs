namespace FaxGateway.Cli.Worker;

/// <summary>Whether the worker stopped because it failed, so <c>faxgw run</c> can exit non-zero and a supervisor restarts it.</summary>
internal sealed class WorkerOutcome
{
    public bool Failed { get; private set; }

    public void Fail() => Failed = true;
}
