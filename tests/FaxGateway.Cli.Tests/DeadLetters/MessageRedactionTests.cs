using FaxGateway.Cli.DeadLetters;
using FaxGateway.Testing;

namespace FaxGateway.Cli.Tests.DeadLetters;

public sealed class MessageRedactionTests
{
    [Theory]
    [InlineData("https://media.example.com/forms/abc123.pdf?X-Amz-Signature=secret", "https://media.example.com/forms/abc123.pdf?[redacted]")]
    [InlineData("https://app.example.com/cb#token=secret", "https://app.example.com/cb#[redacted]")]
    [InlineData("https://user:secret@app.example.com/cb", "https://[redacted]@app.example.com/cb")]
    [InlineData("https://app.example.com?token=secret", "https://app.example.com?[redacted]")]
    [InlineData("https://app.example.com/plain/path", "https://app.example.com/plain/path")]
    [InlineData("s3://bucket/key?versionId=1", "s3://bucket/key?[redacted]")]
    [InlineData("see https://a.example/x?t=1 and http://b.example/y?u=2 too", "see https://a.example/x?[redacted] and http://b.example/y?[redacted] too")]
    public void Text_Url_KeepsSchemeHostAndPathOnly(string text, string expected) =>
        Assert.Equal(expected, MessageRedaction.Text(text));

    [Theory]
    [InlineData("field 'to' must be an E.164 number such as +16175551234", "field 'to' must be an E.164 number such as ********1234")]
    [InlineData("call +1 (617) 555-1234 now", "call *************1234 now")]
    [InlineData("+442071234567", "*********4567")]
    public void Text_PhoneNumber_KeepsTheLastFourDigits(string text, string expected) =>
        Assert.Equal(expected, MessageRedaction.Text(text));

    [Theory]
    [InlineData("abc123")]
    [InlineData("Failed to deliver fax (attempt 7 of 20). Fax status: busy")]
    [InlineData("+12345")]
    [InlineData("2025-12-03T18:46:00Z")]
    public void Text_NothingSecret_IsUnchanged(string text) => Assert.Equal(text, MessageRedaction.Text(text));

    [Fact]
    public void Body_FaxRequest_RedactsUrlsAndNumberAndIndents()
    {
        var body = $$"""{"fax_id":"abc123","to":"{{Builders.Destination}}","pdf_url":"{{Builders.PdfUrl}}","callback_url":"{{Builders.CallbackUrl}}","retry_count":2}""";

        Assert.Equal(
            """
            {
              "fax_id": "abc123",
              "to": "********1234",
              "pdf_url": "https://media.example.com/forms/abc123.pdf?[redacted]",
              "callback_url": "https://app.example.com/fax-callback?[redacted]",
              "retry_count": 2
            }
            """.ReplaceLineEndings("\n"),
            MessageRedaction.Body(body).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Body_EscapedSlashesAndNestedWebhook_AreStillRedacted()
    {
        // PHP's json_encode writes "https:\/\/…"; a text search for "https://" would miss it.
        var body = """{"callback_url":"https:\/\/app.example.com\/cb?token=secret","payload":{"fax_id":"f1","status":"perm_fail","timestamp":1793714415}}""";

        var redacted = MessageRedaction.Body(body);

        Assert.Contains("\"callback_url\": \"https://app.example.com/cb?[redacted]\"", redacted, StringComparison.Ordinal);
        Assert.Contains("\"timestamp\": 1793714415", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_ToInAnyFormat_IsMaskedWhole()
    {
        Assert.Contains("\"to\": \"******1234\"", MessageRedaction.Body("""{"to":"6175551234"}"""), StringComparison.Ordinal);
    }

    [Fact]
    public void Body_DuplicateKeys_AreKeptAndRedacted()
    {
        var redacted = MessageRedaction.Body("""{"pdf_url":"https://a.example/x?s=1","pdf_url":"https://b.example/y?s=2"}""");

        Assert.Contains("https://a.example/x?[redacted]", redacted, StringComparison.Ordinal);
        Assert.Contains("https://b.example/y?[redacted]", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json: https://x.example/a?token=secret for +16175551234", "not json: https://x.example/a?[redacted] for ********1234")]
    [InlineData("""{"truncated": "https://x.example/a?token=secret""", """{"truncated": "https://x.example/a?[redacted]""")]
    [InlineData("""{"lone":"\ud800 https://x.example/a?token=secret"}""", """{"lone":"\ud800 https://x.example/a?[redacted]"}""")]
    public void Body_NotJsonItCanRepeat_IsRedactedAsText(string body, string expected) =>
        Assert.Equal(expected, MessageRedaction.Body(body));
}
