using System.Text.Json.Serialization;

namespace FaxGateway.Core.Carriers.Telnyx;

/// <summary>
/// The send body: https://github.com/team-telnyx/telnyx-python (src/telnyx/types/fax_create_params.py).
/// <c>store_media</c> false: faxes carry personal data, Telnyx keeps no copy.
/// </summary>
internal sealed record TelnyxSendFax(
    [property: JsonPropertyName("connection_id")] string ConnectionId,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("media_url")] string MediaUrl,
    [property: JsonPropertyName("store_media")] bool StoreMedia,
    [property: JsonPropertyName("client_state")] string ClientState);

/// <summary>The fields of Telnyx's fax resource the gateway reads.</summary>
internal sealed record TelnyxFax(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("failure_reason")] string? FailureReason,
    [property: JsonPropertyName("page_count")] int? PageCount,
    [property: JsonPropertyName("client_state")] string? ClientState = null,
    [property: JsonPropertyName("created_at")] string? CreatedAt = null);

/// <summary>
/// A page of <c>GET /v2/faxes</c>: <c>{"data": [fax, …], "meta": {"page_number": 1, "page_size": 20,
/// "total_pages": 1, "total_results": 1}}</c>, pages numbered from 1 (telnyx-python's pagination).
/// </summary>
internal sealed record TelnyxFaxList(
    [property: JsonPropertyName("data")] IReadOnlyList<TelnyxFax>? Data,
    [property: JsonPropertyName("meta")] TelnyxListMeta? Meta);

/// <summary>The paging block of a Telnyx list.</summary>
internal sealed record TelnyxListMeta(
    [property: JsonPropertyName("page_number")] int? PageNumber,
    [property: JsonPropertyName("total_pages")] int? TotalPages);

/// <summary>Every Telnyx answer wraps its resource: <c>{"data": {…}}</c>.</summary>
internal sealed record TelnyxEnvelope([property: JsonPropertyName("data")] TelnyxFax? Data);

/// <summary>Telnyx's error body: <c>{"errors": [{"code": "10009", "title": "Authentication failed", "detail": "…"}]}</c>.</summary>
internal sealed record TelnyxErrors([property: JsonPropertyName("errors")] IReadOnlyList<TelnyxError>? Errors)
{
    /// <summary>"10009 Authentication failed: …" from the first error, or null.</summary>
    public static string? Describe(string body) =>
        CarrierHttp.TryRead(body, TelnyxJsonContext.Default.TelnyxErrors)?.Errors is [var first, ..]
            ? $"{first.Code} {first.Title}{(string.IsNullOrEmpty(first.Detail) ? string.Empty : ": " + first.Detail)}"
            : null;
}

/// <summary>One entry of <see cref="TelnyxErrors"/>.</summary>
internal sealed record TelnyxError(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("detail")] string? Detail);

[JsonSerializable(typeof(TelnyxSendFax))]
[JsonSerializable(typeof(TelnyxEnvelope))]
[JsonSerializable(typeof(TelnyxFaxList))]
[JsonSerializable(typeof(TelnyxErrors))]
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
internal sealed partial class TelnyxJsonContext : JsonSerializerContext;
