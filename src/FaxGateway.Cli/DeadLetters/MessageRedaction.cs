using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using FaxGateway.Core.Faxes;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// Takes the secrets out of a message before it is shown. Fax requests carry presigned PDF URLs
/// and callback URLs with a <c>?token=</c>, and every fax names a phone number, so: every URL
/// loses its query string, fragment and user-info (scheme, host and path stay, to tell them
/// apart), and phone numbers keep only their last four digits.
/// </summary>
internal static partial class MessageRedaction
{
    /// <summary>What replaces a removed query string, fragment or user-info.</summary>
    public const string Removed = "[redacted]";

    // Fields whose whole value is a phone number, whatever its format.
    private static readonly HashSet<string> NumberFields = new(StringComparer.OrdinalIgnoreCase) { "to", "from" };

    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// A message body, redacted. JSON is redacted value by value (so escaped URLs such as
    /// <c>https:\/\/…</c> are caught too) and re-indented; anything else is redacted as text.
    /// </summary>
    public static string Body(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var document = JsonDocument.Parse(body);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Indented))
            {
                Write(writer, document.RootElement, fieldName: null);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not JSON, or JSON the writer cannot repeat (a lone surrogate, say): redact it as text.
            return Text(body);
        }
    }

    /// <summary>Free text, redacted: URLs stripped to scheme, host and path; E.164-style numbers masked.</summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutSecrets = Url().Replace(text, match => StripUrl(match.Value));
        return PhoneNumber().Replace(withoutSecrets, match => MaskIfPhoneNumber(match.Value));
    }

    /// <summary>A value known to be a phone number (a <c>to</c> field, a fax-queue message group): masked whatever its format.</summary>
    public static string Number(string value) => PhoneNumbers.Mask(value);

    private static void Write(Utf8JsonWriter writer, JsonElement element, string? fieldName)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(Text(property.Name));
                    Write(writer, property.Value, property.Name);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, fieldName);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                var value = element.GetString()!;
                writer.WriteStringValue(fieldName is not null && NumberFields.Contains(fieldName) ? Number(value) : Text(value));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static string StripUrl(string url)
    {
        var authorityStart = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        var authority = url[authorityStart..authorityEnd];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = Removed + authority[at..];
        }

        var rest = url[authorityEnd..];
        var secretStart = rest.IndexOfAny(['?', '#']);
        if (secretStart >= 0)
        {
            rest = rest[..(secretStart + 1)] + Removed;
        }

        return url[..authorityStart] + authority + rest;
    }

    private static string MaskIfPhoneNumber(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        return digits is >= 7 and <= 15 ? PhoneNumbers.Mask(candidate) : candidate;
    }

    // Both patterns run in linear time (no backtracking), so a large hostile body cannot stall them.
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9+.\-]*://[^\s""'<>]+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Url();

    // '+', then digits with at most two separators between them ("+1 (617) 555-1234"); the digit
    // count is checked after matching.
    [GeneratedRegex(@"\+[0-9](?:[ .()\-]{0,2}[0-9])*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PhoneNumber();
}
