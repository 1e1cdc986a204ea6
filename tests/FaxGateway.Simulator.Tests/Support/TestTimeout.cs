namespace FaxGateway.Simulator.Tests.Support;

/// <summary>
/// A wall-clock bound on waiting for the simulator, so a broken test fails instead of hanging.
/// It is a ceiling, not a sleep: waits end as soon as the awaited state arrives.
/// </summary>
internal static class TestTimeout
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static CancellationToken Token() => new CancellationTokenSource(Limit).Token;
}
