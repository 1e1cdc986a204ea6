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

    /// <summary>Reads a <see cref="ToBase64Json"/> value back, for tests and reconciliation tools.</summary>
    public static string FromBase64(string value) => Encoding.UTF8.GetString(Convert.FromBase64String(value));
}
