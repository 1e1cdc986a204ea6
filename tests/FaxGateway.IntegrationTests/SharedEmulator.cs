using FaxGateway.Cli.Local;

namespace FaxGateway.IntegrationTests;

/// <summary>
/// One SQS emulator for the whole test assembly; each test creates its own stage's queues in
/// it, so tests run in parallel without seeing each other's messages. The emulator stops when
/// this process ends (it exits when its standard input closes).
/// </summary>
internal static class SharedEmulator
{
    private static readonly Lazy<Task<SqsEmulator>> Emulator = new(() => SqsEmulator.StartAsync(CancellationToken.None));

    public static Task<SqsEmulator> GetAsync() => Emulator.Value;
}
