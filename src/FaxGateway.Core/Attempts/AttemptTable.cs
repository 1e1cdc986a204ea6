using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FaxGateway.Core.Attempts;

/// <summary>
/// The DynamoDB table of fax attempts, as <c>serverless.yml</c> creates it (a test keeps the two
/// in step): one item per fax id and attempt number, removed by DynamoDB's TTL once
/// <see cref="ExpiresAt"/> has passed. The demo and tests create it in the local emulator.
/// </summary>
public static class AttemptTable
{
    /// <summary>The partition key: the caller's fax id, as a string.</summary>
    public const string FaxId = "fax_id";

    /// <summary>The sort key: the attempt number, from 1.</summary>
    public const string Attempt = "attempt";

    /// <summary>The TTL attribute: UNIX seconds after which DynamoDB may delete the item.</summary>
    public const string ExpiresAt = "expires_at";

    /// <summary>The table of <paramref name="stage"/>: <c>fax-gateway-{stage}-attempts</c>.</summary>
    public static string NameForStage(string stage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        return $"fax-gateway-{stage}-attempts";
    }

    /// <summary>Whether <paramref name="name"/> is a valid DynamoDB table name.</summary>
    public static bool IsValidName(string name) =>
        name.Length is >= 3 and <= 255 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    /// <summary>Creates the table (on-demand billing, the key schema above) and waits until it is active.</summary>
    public static async Task CreateAsync(IAmazonDynamoDB dynamo, string tableName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        await dynamo.CreateTableAsync(
            new CreateTableRequest
            {
                TableName = tableName,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions =
                [
                    new AttributeDefinition(FaxId, ScalarAttributeType.S),
                    new AttributeDefinition(Attempt, ScalarAttributeType.N),
                ],
                KeySchema = [new KeySchemaElement(FaxId, KeyType.HASH), new KeySchemaElement(Attempt, KeyType.RANGE)],
            },
            cancellationToken);
        while ((await dynamo.DescribeTableAsync(tableName, cancellationToken)).Table.TableStatus != TableStatus.ACTIVE)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }
}
