using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FaxGateway.Core.Carriers;

/// <summary>
/// What the gateway stamps on a fax at carriers that echo a client reference (Telnyx
/// <c>client_state</c>, Sinch <c>labels</c>): our fax id and the attempt, so after a crash a fax
/// at the carrier can be matched to its request (providers.md §7).
/// </summary>
public static class ClientReference
{
    /// <summary>Label and JSON name of the fax id.</summary>
    public const string FaxIdName = "fax_id";

    /// <summary>Label and JSON name of the attempt.</summary>
    public const string AttemptName = "attempt";

    /// <summary>Telnyx's <c>client_state</c>: base64 of <c>{"fax_id":"…","attempt":1}</c>, which needs no escaping rules of our own.</summary>
    public static string ToBase64Json(FaxSendRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(FaxIdName, request.FaxId);
            writer.WriteNumber(AttemptName, request.Attempt);
            writer.WriteEndObject();
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <summary>Sinch's <c>labels</c>: string keys and values.</summary>
    public static IReadOnlyDictionary<string, string> ToLabels(FaxSendRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [FaxIdName] = request.FaxId,
            [AttemptName] = request.Attempt.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Whether a carrier's <c>client_state</c> is the one <see cref="ToBase64Json"/> wrote for
    /// <paramref name="request"/>: the same fax id and the same attempt. Read as JSON, not
    /// compared as text, so a carrier that re-encodes it still matches; anything unreadable does not.
    /// </summary>
    public static bool Matches(string? clientState, FaxSendRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(clientState))
        {
            return false;
        }

        try
        {
            using var state = JsonDocument.Parse(Convert.FromBase64String(clientState));
            var root = state.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty(FaxIdName, out var faxId) && faxId.ValueKind == JsonValueKind.String
                && string.Equals(faxId.GetString(), request.FaxId, StringComparison.Ordinal)
                && root.TryGetProperty(AttemptName, out var attempt) && attempt.ValueKind == JsonValueKind.Number
                && attempt.TryGetInt32(out var number) && number == request.Attempt;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return false;
        }
    }

    /// <summary>Whether a carrier's <c>labels</c> are the ones <see cref="ToLabels"/> wrote for <paramref name="request"/>: the same fax id and attempt.</summary>
    public static bool Matches(IReadOnlyDictionary<string, string>? labels, FaxSendRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return labels is not null
            && labels.TryGetValue(FaxIdName, out var faxId) && string.Equals(faxId, request.FaxId, StringComparison.Ordinal)
            && labels.TryGetValue(AttemptName, out var attempt)
            && string.Equals(attempt, request.Attempt.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>Reads a <see cref="ToBase64Json"/> value back, for tests and reconciliation tools.</summary>
    public static string FromBase64(string value) => Encoding.UTF8.GetString(Convert.FromBase64String(value));
}
