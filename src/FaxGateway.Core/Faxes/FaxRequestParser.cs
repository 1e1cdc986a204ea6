using System.Text.Json;
using FaxGateway.Core.Net;
using FaxGateway.Core.Scheduling;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// Reads a fax-queue message body. Every field is treated as hostile: the result is either a
/// valid <see cref="Fax"/> (with its number normalised to E.164) or a rejection that names
/// each problem, never an exception.
/// </summary>
public static class FaxRequestParser
{
    /// <summary>The message format version this gateway reads; <c>version</c> is optional and defaults to it.</summary>
    public const int SupportedVersion = 1;

    /// <summary>Region for numbers written without a country code, unless the settings say otherwise.</summary>
    public const string DefaultRegion = "US";

    /// <summary>Longest <c>fax_id</c> accepted, in UTF-16 code units.</summary>
    public const int MaxFaxIdLength = 256;

    /// <summary>The largest <c>retry_count</c> accepted.</summary>
    public const int MaxRetryCount = 1000;

    private const string RetryCountProblem = "field 'retry_count' must be a whole number from 0 to 1000";

    /// <summary>Longest URL accepted for <c>pdf_url</c> and <c>callback_url</c>.</summary>
    public const int MaxUrlLength = 8192;

    /// <summary>Parses <paramref name="body"/> into a fax request or a rejection.</summary>
    /// <param name="body">The raw message body.</param>
    /// <param name="rules">The region for numbers without a country code and whether http URLs are allowed; production rules when null.</param>
    public static FaxParseResult Parse(string? body, FaxRequestRules? rules = null)
    {
        rules ??= FaxRequestRules.Default;
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

            return ParseObject(document.RootElement, rules);
        }
    }

    private static FaxParseResult ParseObject(JsonElement root, FaxRequestRules rules)
    {
        string? ValidateUrl(string value) => value.Length > MaxUrlLength
            ? $"is longer than {MaxUrlLength} characters"
            : UrlPolicy.Refusal(value, rules.AllowInsecureUrls);

        var problems = new List<string>();
        CheckDuplicateFields(root, problems);
        CheckVersion(root, problems);
        var faxId = ReadString(root, "fax_id", problems, ValidateFaxId);
        var to = ReadNumber(root, rules.DefaultRegion, problems);
        var pdfUrl = ReadString(root, "pdf_url", problems, ValidateUrl);
        var callbackUrl = ReadString(root, "callback_url", problems, ValidateUrl);
        var retryCount = ReadRetryCount(root, problems);
        var expiresAt = ReadUnixTime(root, "expires_at", problems);
        var notBefore = ReadUnixTime(root, "not_before", problems);
        var failures = ReadFailures(root, problems);
        var deferrals = ReadDeferrals(root, problems);

        if (problems.Count > 0)
        {
            return FaxParseResult.Rejected(problems, faxId, callbackUrl);
        }

        return FaxParseResult.Accepted(
            new Fax(faxId!, to!, pdfUrl!, callbackUrl!, retryCount) { ExpiresAt = expiresAt, NotBefore = notBefore, Failures = failures, Deferrals = deferrals });
    }

    // A repeated field is ambiguous: parsers disagree on which copy wins, so refuse it.
    private static void CheckDuplicateFields(JsonElement root, List<string> problems)
    {
        foreach (var name in root.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"field '{Printable(name)}' appears more than once");
        }
    }

    private static void CheckVersion(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("version", out var version) || version.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != SupportedVersion)
        {
            problems.Add($"field 'version' must be {SupportedVersion}, the only version this gateway reads");
        }
    }

    private static string? ReadNumber(JsonElement root, string defaultRegion, List<string> problems)
    {
        string? normalised = null;
        ReadString(root, "to", problems, raw =>
            DestinationNumber.TryNormalise(raw, defaultRegion, out normalised, out var problem) ? null : problem);
        return normalised;
    }

    private static string Printable(string name) =>
        name.Length <= 40 && name.All(c => c is >= ' ' and <= '~') ? name : "(unprintable name)";

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

        // MAX_FAX_ATTEMPTS is at most 1,000, so a larger count is never a real one; refusing it
        // also keeps the attempt number (retry_count + 1) from overflowing.
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var count) || count is < 0 or > MaxRetryCount)
        {
            problems.Add(RetryCountProblem);
            return 0;
        }

        return count;
    }

    /// <summary>An optional UNIX time in seconds (a fraction allowed), from 0 to the year 9999.</summary>
    private static double? ReadUnixTime(JsonElement root, string name, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var seconds)
            || !double.IsFinite(seconds) || seconds < 0 || seconds > UnixTime.MaxSeconds)
        {
            problems.Add($"field '{name}' must be a UNIX time in seconds");
            return null;
        }

        return seconds;
    }

    /// <summary>The optional <c>deferrals</c> count, from 0 to 1,000.</summary>
    private static int? ReadDeferrals(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("deferrals", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var count) || count is < 0 or > 1000)
        {
            problems.Add("field 'deferrals' must be a whole number from 0 to 1000");
            return null;
        }

        return count;
    }

    /// <summary>The optional <c>failures</c> object: only the four cause names, each a whole number from 0.</summary>
    private static FailureCounts? ReadFailures(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("failures", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        const string Expected = "field 'failures' must be an object of whole numbers from 0 named busy, no_answer, line_error and carrier_unavailable";
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Expected);
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!FailureCounts.WireNames.Contains(property.Name) || counts.ContainsKey(property.Name)
                || property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var count)
                || count is < 0 or > FailureCounts.MaxCount)
            {
                problems.Add(Expected);
                return null;
            }

            counts[property.Name] = count;
        }

        return FailureCounts.From(counts);
    }

    private static string? ValidateFaxId(string value) => value.Length switch
    {
        0 => "is empty",
        > MaxFaxIdLength => $"is longer than {MaxFaxIdLength} characters",
        _ => null,
    };

}
