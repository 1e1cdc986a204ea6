using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FaxGateway.Core.Faxes;

namespace FaxGateway.IntegrationTests.Security;

/// <summary>
/// The hostile messages and URLs: numbers, ids, URLs and IP forms, and documents (encrypted,
/// truncated, HTML, empty, huge), each with the exact outcome the gateway must produce.
/// </summary>
internal static class HostileCorpus
{
    public const string GoodNumber = "+16175550142";

    /// <summary>Every case, built against the test's own media host and callback receiver.</summary>
    public static IReadOnlyList<HostileCase> Build(Func<string, string> media, string callback)
    {
        var cases = new List<HostileCase>();
        var n = 0;

        // A fax request with one field replaced (or removed, when the value is null).
        void Fax(string name, HostileOutcome expected, string field, JsonNode? value, string? faxId = null)
        {
            faxId ??= $"hostile-{++n:00}";
            var body = new JsonObject
            {
                ["fax_id"] = faxId,
                ["to"] = GoodNumber,
                ["pdf_url"] = media("good.pdf"),
                ["callback_url"] = callback,
            };
            if (value is null)
            {
                body.Remove(field);
            }
            else
            {
                body[field] = value;
            }

            cases.Add(new HostileCase(name, expected.Kind == "fax-dlq" ? null : faxId, body.ToJsonString(), expected));
        }

        void Raw(string name, string body, HostileOutcome expected) => cases.Add(new HostileCase(name, null, body, expected));

        // Numbers.
        Fax("number missing", HostileOutcome.Rejected("field 'to' is missing"), "to", null);
        Fax("number as a JSON number", HostileOutcome.Rejected("field 'to' must be a string"), "to", 16175550142);
        Fax("number as an array", HostileOutcome.Rejected("field 'to' must be a string"), "to", new JsonArray(GoodNumber));
        Fax("number with letters", HostileOutcome.Rejected("field 'to' must not contain letters"), "to", "FAX-OFFICE");
        Fax("vanity number", HostileOutcome.Rejected("field 'to' must not contain letters"), "to", "1-800-FLOWERS");
        Fax("number with an extension", HostileOutcome.Rejected("field 'to' must not have an extension"), "to", "+1 617 555 0142 ext 3");
        Fax("emergency number", HostileOutcome.Rejected("field 'to' is an emergency number"), "to", "911");
        Fax("European emergency number", HostileOutcome.Rejected("field 'to' is an emergency number"), "to", "112");
        Fax("premium-rate number", HostileOutcome.Rejected("field 'to' is a premium-rate number"), "to", "+1 900 555 0100");
        Fax("number too short", HostileOutcome.Rejected("field 'to' is not a valid phone number (wrong length or not in use)"), "to", "+1 617 555");
        Fax("number too long", HostileOutcome.Rejected("field 'to' is not a valid phone number (wrong length or not in use)"), "to", "+1617555014212345");
        Fax("punctuation only", HostileOutcome.Rejected("field 'to' is not a phone number"), "to", "()-");

        // Other fields.
        Fax("negative retry count", HostileOutcome.Rejected("field 'retry_count' must be a whole number from 0 to 1000"), "retry_count", -1);
        Fax("retry count as text", HostileOutcome.Rejected("field 'retry_count' must be a whole number from 0 to 1000"), "retry_count", "3");
        Fax("unknown version", HostileOutcome.Rejected("field 'version' must be 1, the only version this gateway reads"), "version", 2);
        Fax("fax id too long", HostileOutcome.FaxDeadLetter("field 'fax_id' is longer than 256 characters"), "fax_id", new string('x', 257), new string('x', 257));
        Fax("fax id as a number", HostileOutcome.FaxDeadLetter("field 'fax_id' must be a string"), "fax_id", 42, "42");
        Raw("not JSON", "{\"fax_id\": \"unterminated", HostileOutcome.FaxDeadLetter("the message body is not valid JSON"));
        Raw("a JSON array", "[\"+16175550142\"]", HostileOutcome.FaxDeadLetter("the message body is not a JSON object"));
        Raw("an empty object", "{}", HostileOutcome.FaxDeadLetter(
            "field 'fax_id' is missing; field 'to' is missing; field 'pdf_url' is missing; field 'callback_url' is missing"));
        Raw("a repeated field", $$"""{"fax_id":"hostile-dup","to":"{{GoodNumber}}","to":"+16175550143","pdf_url":"{{media("good.pdf")}}","callback_url":"{{callback}}"}""",
            HostileOutcome.Rejected("field 'to' appears more than once"));
        cases[^1] = cases[^1] with { FaxId = "hostile-dup" };

        // URLs and the addresses they point at.
        Fax("callback to a private address", HostileOutcome.FaxDeadLetter("field 'callback_url' points at a private address"), "callback_url", "http://192.168.1.10/cb");
        Fax("callback to the metadata service", HostileOutcome.FaxDeadLetter("field 'callback_url' points at a link-local address (where cloud metadata services live)"), "callback_url", "http://169.254.169.254/latest/meta-data/");
        Fax("callback as javascript", HostileOutcome.FaxDeadLetter("field 'callback_url' is not an absolute URL"), "callback_url", "javascript:alert(1)");
        Fax("PDF from a private address", HostileOutcome.Rejected("field 'pdf_url' points at a private address"), "pdf_url", "http://10.1.2.3/form.pdf");
        Fax("PDF from the metadata service", HostileOutcome.Rejected("field 'pdf_url' points at a link-local address (where cloud metadata services live)"), "pdf_url", "http://169.254.169.254/latest/meta-data/iam/");
        Fax("PDF from an IPv4-mapped IPv6 address", HostileOutcome.Rejected("field 'pdf_url' points at a private address"), "pdf_url", "http://[::ffff:10.0.0.1]/form.pdf");
        Fax("PDF from an IPv6 unique-local address", HostileOutcome.Rejected("field 'pdf_url' points at a unique-local address"), "pdf_url", "http://[fd00:ec2::254]/form.pdf");
        Fax("PDF from carrier-grade NAT", HostileOutcome.Rejected("field 'pdf_url' points at a carrier-grade NAT address"), "pdf_url", "http://100.100.100.200/form.pdf");
        Fax("PDF from a multicast address", HostileOutcome.Rejected("field 'pdf_url' points at a multicast address"), "pdf_url", "http://224.0.0.251/form.pdf");
        Fax("PDF from the unspecified address", HostileOutcome.Rejected("field 'pdf_url' points at an unspecified address"), "pdf_url", "http://0.0.0.0/form.pdf");
        Fax("PDF from a decimal-encoded private address", HostileOutcome.Rejected("field 'pdf_url' points at a private address"), "pdf_url", "http://167772161/form.pdf");
        Fax("PDF over FTP", HostileOutcome.Rejected("field 'pdf_url' must be an http or https URL"), "pdf_url", "ftp://files.example.com/form.pdf");
        Fax("PDF with credentials in the URL", HostileOutcome.Rejected("field 'pdf_url' must not contain a user name or password"), "pdf_url", "https://user:secret@files.example.com/form.pdf");

        // Documents.
        Fax("PDF link gone (404)", Media("media unavailable or expired (HTTP 404)"), "pdf_url", media("missing.pdf"));
        Fax("PDF link forbidden (403)", Media("media unavailable or expired (HTTP 403)"), "pdf_url", media("forbidden.pdf"));
        Fax("PDF link gone (410)", Media("media unavailable or expired (HTTP 410)"), "pdf_url", media("gone.pdf"));
        Fax("PDF link redirects", Media("media link redirects (HTTP 302); give the final URL"), "pdf_url", media("moved.pdf"));
        Fax("HTML error page instead of a PDF", Media("media is not a PDF (text/html)"), "pdf_url", media("expired.html"));
        Fax("password-protected PDF", Media("media is a password-protected PDF"), "pdf_url", media("encrypted.pdf"));
        Fax("truncated PDF", Media("media is a damaged or truncated PDF"), "pdf_url", media("truncated.pdf"));
        Fax("empty file", Media("media is an empty file"), "pdf_url", media("empty.pdf"));
        Fax("huge PDF", Media("media larger than 200 KB"), "pdf_url", media("huge.pdf"));
        Fax("presigned link already expired", Media("media link expired"), "pdf_url", Regex.Replace(media("good.pdf"), "X-Amz-Date=[^&]+", "X-Amz-Date=20200101T000000Z"));
        Fax("PDF server failing", HostileOutcome.PermFail(FaxMessages.PermanentFailure(2, "media unavailable (HTTP 500)")), "pdf_url", media("broken.pdf"));

        // Accepted: normalised, or echoed exactly.
        Fax("number in a local spelling", HostileOutcome.Sent(), "to", "(617) 555-0144");
        Fax("Unicode fax id", HostileOutcome.Sent(), "fax_id", "Bürgerbüro/№7 📠 ‮", "Bürgerbüro/№7 📠 ‮");
        Fax("fax id with control characters", HostileOutcome.Sent(), "fax_id", "tab\there\u0001", "tab\there\u0001");

        // A callback message whose URL the guard refuses at send time.
        cases.Add(new HostileCase(
            "queued callback to the metadata service",
            null,
            """{"callback_url":"http://169.254.169.254/latest/meta-data/","payload":{"fax_id":"hostile-webhook","status":"sent","message":"Fax sent successfully","timestamp":1793714400}}""",
            HostileOutcome.WebhookDeadLetter("the callback URL points at a link-local address (where cloud metadata services live)"),
            OnWebhookQueue: true));
        return cases;
    }

    private static HostileOutcome Media(string status) => HostileOutcome.PermFail(FaxMessages.PermanentFailure(1, status));

    /// <summary>The body of a case, compacted the way the JSON writer writes it, to match dead letters by body.</summary>
    public static string Compact(string body)
    {
        try
        {
            return JsonNode.Parse(body)?.ToJsonString() ?? body;
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
