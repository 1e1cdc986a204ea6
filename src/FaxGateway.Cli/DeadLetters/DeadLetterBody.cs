using System.Text.Json;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// The little the tools read from a dead-lettered body, leniently: a body in a DLQ is often
/// broken, and whatever can be read still helps. A webhook message
/// (<c>{"callback_url", "payload": {"fax_id", …}}</c>) gives its payload's fax id; anything else
/// is read as a fax request (<c>{"fax_id", "to", …}</c>).
/// </summary>
/// <param name="FaxId">The <c>fax_id</c>, when it is a non-empty string.</param>
/// <param name="Destination">The fax request's <c>to</c>, unmasked and unchecked; never print it as is.</param>
internal sealed record DeadLetterBody(string? FaxId, string? Destination)
{
    private static readonly DeadLetterBody Unreadable = new(null, null);

    public static DeadLetterBody Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return Unreadable;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Unreadable;
            }

            return root.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object
                ? new DeadLetterBody(StringField(payload, "fax_id"), null)
                : new DeadLetterBody(StringField(root, "fax_id"), StringField(root, "to"));
        }
        catch (JsonException)
        {
            return Unreadable;
        }
    }

    private static string? StringField(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
