using System.Text.Json;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// Reads a fax-queue message body. Every field is treated as hostile: the result is either a
/// valid <see cref="Fax"/> or a rejection that names each problem, never an exception.
/// </summary>
public static class FaxRequestParser
{
    /// <summary>Longest <c>fax_id</c> accepted, in UTF-16 code units.</summary>
    public const int MaxFaxIdLength = 256;

    /// <summary>Longest URL accepted for <c>pdf_url</c> and <c>callback_url</c>.</summary>
    public const int MaxUrlLength = 8192;

    /// <summary>Parses <paramref name="body"/> into a fax request or a rejection.</summary>
    public static FaxParseResult Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return FaxParseResult.Rejected(["the message body is empty"]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return FaxParseResult.Rejected(["the message body is not valid JSON"]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return FaxParseResult.Rejected(["the message body is not a JSON object"]);
            }

            return ParseObject(document.RootElement);
        }
    }

    private static FaxParseResult ParseObject(JsonElement root)
    {
        var problems = new List<string>();
        var faxId = ReadString(root, "fax_id", problems, ValidateFaxId);
        var to = ReadString(root, "to", problems, ValidateNumber);
        var pdfUrl = ReadString(root, "pdf_url", problems, ValidateUrl);
        var callbackUrl = ReadString(root, "callback_url", problems, ValidateUrl);
        var retryCount = ReadRetryCount(root, problems);

        if (problems.Count > 0)
        {
            return FaxParseResult.Rejected(problems, faxId, callbackUrl);
        }

        return FaxParseResult.Accepted(new Fax(faxId!, to!, pdfUrl!, callbackUrl!, retryCount));
    }

    private static string? ReadString(
        JsonElement root, string name, List<string> problems, Func<string, string?> validate)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            problems.Add($"field '{name}' is missing");
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            problems.Add($"field '{name}' must be a string");
            return null;
        }

        var value = element.GetString()!;
        var problem = validate(value);
        if (problem is not null)
        {
            problems.Add($"field '{name}' {problem}");
            return null;
        }

        return value;
    }

    private static int ReadRetryCount(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("retry_count", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var count) || count < 0)
        {
            problems.Add("field 'retry_count' must be a whole number from 0");
            return 0;
        }

        return count;
    }

    private static string? ValidateFaxId(string value) => value.Length switch
    {
        0 => "is empty",
        > MaxFaxIdLength => $"is longer than {MaxFaxIdLength} characters",
        _ => null,
    };

    private static string? ValidateNumber(string value) =>
        PhoneNumbers.IsE164(value) ? null : "must be an E.164 number such as +16175551234";

    private static string? ValidateUrl(string value)
    {
        if (value.Length > MaxUrlLength)
        {
            return $"is longer than {MaxUrlLength} characters";
        }

        var ok = Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host);
        return ok ? null : "must be an absolute http or https URL";
    }
}
