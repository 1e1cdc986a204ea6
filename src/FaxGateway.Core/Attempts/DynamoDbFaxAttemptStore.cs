using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Scheduling;

namespace FaxGateway.Core.Attempts;

/// <summary>
/// Attempt records in a DynamoDB table (<see cref="AttemptTable"/>). Reads are strongly
/// consistent and every write is conditional on the version it replaces, so two runs can never
/// both believe they own the next step of one attempt. Each write sets the item's TTL to
/// <paramref name="retention"/> from now.
/// </summary>
public sealed class DynamoDbFaxAttemptStore(IAmazonDynamoDB dynamo, string tableName, TimeSpan retention, TimeProvider time)
    : IFaxAttemptStore
{
    private const string Phase = "phase";
    private const string Version = "version";
    private const string StartedAt = "started_at";
    private const string CarrierFaxId = "carrier_fax_id";
    private const string RequestHash = "request_hash";
    private const string AcceptedAt = "accepted_at";
    private const string Handoffs = "handoffs";
    private const string Pages = "pages";
    private const string FinalState = "final_state";
    private const string FinalStatus = "final_status";
    private const string Outcome = "outcome";
    private const string DecidedAt = "decided_at";
    private const string Cause = "cause";
    private const string RetryAt = "retry_at";
    private const string Skipped = "skipped";

    public async Task<FaxAttemptRecord?> GetAsync(string faxId, int attempt, CancellationToken cancellationToken)
    {
        var response = await dynamo.GetItemAsync(
            new GetItemRequest { TableName = tableName, Key = Key(faxId, attempt), ConsistentRead = true },
            cancellationToken);
        return response.Item is { Count: > 0 } item ? FromItem(item) : null;
    }

    public async Task<bool> TrySaveAsync(FaxAttemptRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var request = new PutItemRequest { TableName = tableName, Item = ToItem(record) };
        if (record.Version == 1)
        {
            request.ConditionExpression = $"attribute_not_exists({AttemptTable.FaxId})";
        }
        else
        {
            request.ConditionExpression = "#version = :previous";
            request.ExpressionAttributeNames = new Dictionary<string, string> { ["#version"] = Version };
            request.ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":previous"] = Number(record.Version - 1) };
        }

        try
        {
            await dynamo.PutItemAsync(request, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    private static Dictionary<string, AttributeValue> Key(string faxId, int attempt) => new()
    {
        [AttemptTable.FaxId] = new AttributeValue { S = faxId },
        [AttemptTable.Attempt] = Number(attempt),
    };

    private Dictionary<string, AttributeValue> ToItem(FaxAttemptRecord record)
    {
        var item = Key(record.FaxId, record.Attempt);
        item[Phase] = new AttributeValue { S = record.Phase.ToString() };
        item[Version] = Number(record.Version);
        item[StartedAt] = Number(record.StartedAt.ToUnixTimeMilliseconds());
        item[Handoffs] = Number(record.Handoffs);
        item[AttemptTable.ExpiresAt] = Number((time.GetUtcNow() + retention).ToUnixTimeSeconds());
        AddIfSet(item, RequestHash, record.RequestHash);
        AddIfSet(item, CarrierFaxId, record.CarrierFaxId);
        AddIfSet(item, AcceptedAt, record.AcceptedAt?.ToUnixTimeMilliseconds());
        AddIfSet(item, Pages, record.Pages);
        AddIfSet(item, FinalState, record.FinalState?.ToString());
        AddIfSet(item, FinalStatus, record.FinalStatus);
        AddIfSet(item, Outcome, record.Outcome?.ToString());
        AddIfSet(item, DecidedAt, record.DecidedAt);
        AddIfSet(item, Cause, record.Cause?.ToString());
        AddIfSet(item, RetryAt, record.RetryAt?.ToUnixTimeMilliseconds());
        if (record.Skipped)
        {
            item[Skipped] = new AttributeValue { BOOL = true };
        }

        return item;
    }

    private static FaxAttemptRecord FromItem(Dictionary<string, AttributeValue> item) =>
        new(
            item[AttemptTable.FaxId].S,
            (int)Long(item, AttemptTable.Attempt)!,
            Enum.Parse<AttemptPhase>(item[Phase].S),
            (int)Long(item, Version)!)
        {
            StartedAt = DateTimeOffset.FromUnixTimeMilliseconds(Long(item, StartedAt) ?? 0),
            RequestHash = Text(item, RequestHash),
            CarrierFaxId = Text(item, CarrierFaxId),
            AcceptedAt = Long(item, AcceptedAt) is { } accepted ? DateTimeOffset.FromUnixTimeMilliseconds(accepted) : null,
            Handoffs = (int)(Long(item, Handoffs) ?? 0),
            Pages = Long(item, Pages) is { } pages ? (int)pages : null,
            FinalState = Text(item, FinalState) is { } state ? Enum.Parse<CarrierFaxState>(state) : null,
            FinalStatus = Text(item, FinalStatus),
            Outcome = Text(item, Outcome) is { } outcome ? Enum.Parse<FaxStatus>(outcome) : null,
            DecidedAt = Long(item, DecidedAt),
            Cause = Text(item, Cause) is { } cause ? Enum.Parse<FailureCause>(cause) : null,
            RetryAt = Long(item, RetryAt) is { } retryAt ? DateTimeOffset.FromUnixTimeMilliseconds(retryAt) : null,
            Skipped = item.TryGetValue(Skipped, out var skipped) && skipped.BOOL == true,
        };

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    private static void AddIfSet(Dictionary<string, AttributeValue> item, string name, string? value)
    {
        if (value is not null)
        {
            item[name] = new AttributeValue { S = value };
        }
    }

    private static void AddIfSet(Dictionary<string, AttributeValue> item, string name, long? value)
    {
        if (value is { } number)
        {
            item[name] = Number(number);
        }
    }

    private static string? Text(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) ? value.S : null;

    private static long? Long(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is { } number
            ? long.Parse(number, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : null;
}
