using Amazon.DynamoDBv2;
using FaxGateway.Core.Attempts;

namespace FaxGateway.Cli.Local;

/// <summary>The attempts table of one stage, created in the local DynamoDB emulator.</summary>
internal sealed class LocalAttemptTable
{
    private LocalAttemptTable(IAmazonDynamoDB dynamo, string name)
    {
        Dynamo = dynamo;
        Name = name;
    }

    /// <summary>The emulator's client (owned by the emulator, not by this table).</summary>
    public IAmazonDynamoDB Dynamo { get; }

    /// <summary>The table's name: <c>fax-gateway-{stage}-attempts</c>.</summary>
    public string Name { get; }

    /// <summary>Creates the attempts table of <paramref name="stage"/> in the emulator, as the deployed stack has it.</summary>
    public static async Task<LocalAttemptTable> CreateAsync(DynamoDbEmulator emulator, string stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var name = AttemptTable.NameForStage(stage);
        await AttemptTable.CreateAsync(emulator.Client, name, cancellationToken);
        return new LocalAttemptTable(emulator.Client, name);
    }
}
