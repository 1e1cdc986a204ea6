namespace FaxGateway.Simulator.Hosting;

/// <summary>
/// The simulator's one source of time. It wraps the injected <see cref="TimeProvider"/> instead
/// of registering it as <c>TimeProvider</c> in the container, so a fake clock drives the fax
/// model and never ASP.NET Core's own timeouts.
/// </summary>
internal sealed class SimulatorClock(TimeProvider timeProvider)
{
    public DateTimeOffset Now => timeProvider.GetUtcNow();

    /// <summary>A wait on this clock. The timer is armed when this returns, before the caller awaits it.</summary>
    public Task Delay(TimeSpan duration, CancellationToken cancellationToken) =>
        Task.Delay(duration, timeProvider, cancellationToken);
}
