using System.Text.Json.Serialization;

namespace FaxGateway.Core.Carriers.Sinch;

/// <summary>
/// The send body (JSON; Sinch also takes multipart): https://developers.sinch.com/docs/fax/api-reference/fax/faxes.
/// <c>maxRetries</c> 0 turns Sinch's own retries off (its service default is 3), so the
/// gateway's attempts are the only ones; <c>labels</c> carry our fax id and attempt.
/// </summary>
internal sealed record SinchSendFax(
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("contentUrl")] string ContentUrl,
    [property: JsonPropertyName("maxRetries")] int MaxRetries,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, string> Labels);

/// <summary>The fields of Sinch's fax resource the gateway reads.</summary>
internal sealed record SinchFax(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("errorType")] string? ErrorType,
    [property: JsonPropertyName("errorCode")] int? ErrorCode,
    [property: JsonPropertyName("errorMessage")] string? ErrorMessage,
    [property: JsonPropertyName("numberOfPages")] int? NumberOfPages,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, string>? Labels = null,
    [property: JsonPropertyName("createTime")] string? CreateTime = null);

/// <summary>
/// A page of <c>GET /v3/projects/{projectId}/faxes</c> (Fax API 3.0 <c>ListFaxesObject</c>):
/// <c>{"faxes": [fax, …], "page": 1, "totalPages": 1, "pageSize": 100, "totalItems": 1}</c>.
/// Sinch's Node SDK reads the page number as <c>pageNumber</c>, so both names are read.
/// </summary>
internal sealed record SinchFaxList(
    [property: JsonPropertyName("faxes")] IReadOnlyList<SinchFax>? Faxes,
    [property: JsonPropertyName("page")] int? Page,
    [property: JsonPropertyName("pageNumber")] int? PageNumber,
    [property: JsonPropertyName("totalPages")] int? TotalPages);

/// <summary>
/// Sinch's error body: <c>{"code": "422", "error": "Invalid parameters", "message": "…",
/// "details": {"fieldViolations": [{"field": "to", "description": "…"}]}}</c>; a 401 has none.
/// </summary>
internal sealed record SinchError(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("details")] SinchErrorDetails? Details)
{
    /// <summary>"Invalid parameters: … (to: …)" from an error body, or null.</summary>
    public static string? Describe(string body)
    {
        if (CarrierHttp.TryRead(body, SinchJsonContext.Default.SinchError) is not { } error)
        {
            return null;
        }

        var violations = error.Details?.FieldViolations is { Count: > 0 } list
            ? " (" + string.Join("; ", list.Select(v => $"{v.Field}: {v.Description}")) + ")"
            : string.Empty;
        var text = string.Join(": ", new[] { error.Error, error.Message }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return text.Length == 0 && violations.Length == 0 ? null : text + violations;
    }
}

/// <summary>The <c>details</c> of a <see cref="SinchError"/>.</summary>
internal sealed record SinchErrorDetails([property: JsonPropertyName("fieldViolations")] IReadOnlyList<SinchFieldViolation>? FieldViolations);

/// <summary>One field Sinch refused.</summary>
internal sealed record SinchFieldViolation(
    [property: JsonPropertyName("field")] string? Field,
    [property: JsonPropertyName("description")] string? Description);

[JsonSerializable(typeof(SinchSendFax))]
[JsonSerializable(typeof(SinchFax))]
[JsonSerializable(typeof(SinchFaxList))]
[JsonSerializable(typeof(SinchError))]
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
internal sealed partial class SinchJsonContext : JsonSerializerContext;
