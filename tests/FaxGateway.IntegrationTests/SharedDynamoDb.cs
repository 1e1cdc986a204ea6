using FaxGateway.Cli.Local;

namespace FaxGateway.IntegrationTests;

/// <summary>
/// One DynamoDB emulator for the whole test assembly; each test creates its own stage's table
/// in it, so tests run in parallel without seeing each other's items. The emulator stops when
/// this process ends (it exits when its standard input closes).
/// </summary>
internal static class SharedDynamoDb
{
    private static readonly Lazy<Task<DynamoDbEmulator>> Emulator = new(() => DynamoDbEmulator.StartAsync(CancellationToken.None));

    public static Task<DynamoDbEmulator> GetAsync() => Emulator.Value;
}
