using System.Net;
using System.Text.Json;

namespace FaxGateway.Simulator.Tests.Support;

/// <summary>An answer from the simulator: status code and body, with JSON helpers.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string? Text(string property) => Json.GetProperty(property).GetString();

    public int? Number(string property) =>
        Json.GetProperty(property) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;

    public bool IsNull(string property) => Json.GetProperty(property).ValueKind == JsonValueKind.Null;
}
