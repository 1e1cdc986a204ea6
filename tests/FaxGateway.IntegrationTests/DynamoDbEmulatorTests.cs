using Amazon.DynamoDBv2.Model;
using FaxGateway.Cli.Local;
using FaxGateway.Core.Attempts;

namespace FaxGateway.IntegrationTests;

/// <summary>The DynamoDB emulator speaks what the attempt store needs: the table, items, conditional writes.</summary>
public sealed class DynamoDbEmulatorTests
{
    [Fact]
    public async Task CreateAsync_MakesTheStagesTableActive()
    {
        var emulator = await SharedDynamoDb.GetAsync();
        var stage = UniqueStage();

        var table = await LocalAttemptTable.CreateAsync(emulator, stage, CancellationToken.None);

        Assert.Equal($"fax-gateway-{stage}-attempts", table.Name);
        var described = (await table.Dynamo.DescribeTableAsync(table.Name, CancellationToken.None)).Table;
        Assert.Equal("ACTIVE", described.TableStatus.Value);
        Assert.Equal(
            [(AttemptTable.FaxId, "HASH"), (AttemptTable.Attempt, "RANGE")],
            described.KeySchema.Select(k => (k.AttributeName, k.KeyType.Value)));
    }

    [Fact]
    public async Task AttemptStore_SavesAndReadsBackEveryFieldOfARecord()
    {
        var table = await CreateTableAsync();
        var store = new DynamoDbFaxAttemptStore(table.Dynamo, table.Name, TimeSpan.FromDays(16), TimeProvider.System);
        var started = DateTimeOffset.FromUnixTimeMilliseconds(1_795_000_000_123);
        var record = new FaxAttemptRecord("fax-round-trip", 3, AttemptPhase.Finished, Version: 1)
        {
            StartedAt = started,
            RequestHash = "abc",
            CarrierFaxId = "FX1",
            AcceptedAt = started.AddSeconds(2),
            Handoffs = 1,
            Pages = 4,
            FinalState = Core.Carriers.CarrierFaxState.FailedRetryable,
            FinalStatus = "busy",
            Outcome = Core.Faxes.FaxStatus.TemporaryFailure,
            DecidedAt = 1_795_000_300,
            Cause = Core.Scheduling.FailureCause.Busy,
            RetryAt = started.AddSeconds(357.25),
            Skipped = true,
        };

        Assert.True(await store.TrySaveAsync(record, CancellationToken.None));

        Assert.Equal(record, await store.GetAsync("fax-round-trip", 3, CancellationToken.None));
    }

    [Fact]
    public async Task PutItem_ThenGetItem_ReturnsTheItem()
    {
        var table = await CreateTableAsync();

        await table.Dynamo.PutItemAsync(new PutItemRequest { TableName = table.Name, Item = Attempt("fax-1", 1, "busy") }, CancellationToken.None);
        var got = await table.Dynamo.GetItemAsync(
            new GetItemRequest { TableName = table.Name, Key = Key("fax-1", 1), ConsistentRead = true }, CancellationToken.None);

        Assert.True(got.IsItemSet);
        Assert.Equal("busy", got.Item["status"].S);
        Assert.Equal("1", got.Item[AttemptTable.Attempt].N);
    }

    [Fact]
    public async Task PutItem_IfNotExistsOnAnExistingKey_ThrowsConditionalCheckFailed()
    {
        var table = await CreateTableAsync();
        await table.Dynamo.PutItemAsync(new PutItemRequest { TableName = table.Name, Item = Attempt("fax-2", 1, "busy") }, CancellationToken.None);

        var conditional = new PutItemRequest
        {
            TableName = table.Name,
            Item = Attempt("fax-2", 1, "delivered"),
            ConditionExpression = "attribute_not_exists(#id)",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#id"] = AttemptTable.FaxId },
        };

        await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => table.Dynamo.PutItemAsync(conditional, CancellationToken.None));
        var kept = await table.Dynamo.GetItemAsync(
            new GetItemRequest { TableName = table.Name, Key = Key("fax-2", 1), ConsistentRead = true }, CancellationToken.None);
        Assert.Equal("busy", kept.Item["status"].S);


        // The same condition on a new key lets the write through.
        conditional.Item = Attempt("fax-2", 2, "delivered");
        await table.Dynamo.PutItemAsync(conditional, CancellationToken.None);
    }

    private static async Task<LocalAttemptTable> CreateTableAsync() =>
        await LocalAttemptTable.CreateAsync(await SharedDynamoDb.GetAsync(), UniqueStage(), CancellationToken.None);

    private static string UniqueStage() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static Dictionary<string, AttributeValue> Key(string faxId, int attempt) => new()
    {
        [AttemptTable.FaxId] = new AttributeValue { S = faxId },
        [AttemptTable.Attempt] = new AttributeValue { N = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static Dictionary<string, AttributeValue> Attempt(string faxId, int attempt, string status)
    {
        var item = Key(faxId, attempt);
        item["status"] = new AttributeValue { S = status };
        item[AttemptTable.ExpiresAt] = new AttributeValue { N = DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return item;
    }
}
