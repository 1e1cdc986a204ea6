using System.Text.Json.Serialization;

namespace FaxGateway.Functions.Sqs;

/// <summary>The parts of Lambda's SQS event the functions read.</summary>
internal sealed record SqsEvent([property: JsonPropertyName("Records")] IReadOnlyList<SqsEventRecord>? Records);

/// <summary>One SQS message in a Lambda event.</summary>
internal sealed record SqsEventRecord(
    [property: JsonPropertyName("messageId")] string MessageId,
    [property: JsonPropertyName("receiptHandle")] string? ReceiptHandle,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("attributes")] IReadOnlyDictionary<string, string>? Attributes);

/// <summary>
/// The partial-batch response: the ids of messages that failed and must be delivered again.
/// Needs <c>functionResponseType: ReportBatchItemFailures</c> on the event source mapping.
/// </summary>
internal sealed record SqsBatchResponse(
    [property: JsonPropertyName("batchItemFailures")] IReadOnlyList<SqsBatchItemFailure> BatchItemFailures);

/// <summary>One failed message.</summary>
internal sealed record SqsBatchItemFailure([property: JsonPropertyName("itemIdentifier")] string ItemIdentifier);

[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
internal sealed partial class SqsEventJsonContext : JsonSerializerContext;
