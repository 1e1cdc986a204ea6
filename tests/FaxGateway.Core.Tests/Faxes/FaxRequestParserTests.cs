using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Tests.Faxes;

public sealed class FaxRequestParserTests
{
    private const string Valid =
        """{"fax_id": "abc123", "to": "+16175551234", "pdf_url": "https://x.example/a.pdf", "callback_url": "https://y.example/cb?token=t", "retry_count": 3}""";

    [Fact]
    public void Parse_ValidMessage_ReturnsEveryField()
    {
        var result = FaxRequestParser.Parse(Valid);

        Assert.True(result.IsValid);
        Assert.Equal(new Fax("abc123", "+16175551234", "https://x.example/a.pdf", "https://y.example/cb?token=t", 3), result.Fax);
    }

    [Fact]
    public void Parse_NoRetryCount_DefaultsToZero()
    {
        var result = FaxRequestParser.Parse("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""");

        Assert.Equal(0, result.Fax!.RetryCount);
        Assert.Equal(1, result.Fax.Attempt);
    }

    [Fact]
    public void Parse_UnknownFields_AreIgnored()
    {
        var result = FaxRequestParser.Parse("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","priority":"high","extra":{"x":1}}""");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Parse_UnicodeFaxId_IsKeptUnchanged()
    {
        var result = FaxRequestParser.Parse("""{"fax_id":"Bürgerbüro-\u00e9\ud83d\udce0","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""");

        Assert.Equal("Bürgerbüro-é📠", result.Fax!.FaxId);
    }

    [Theory]
    [InlineData("", "the message body is empty")]
    [InlineData("   ", "the message body is empty")]
    [InlineData("not json", "the message body is not valid JSON")]
    [InlineData("{\"fax_id\": ", "the message body is not valid JSON")]
    [InlineData("[1,2]", "the message body is not a JSON object")]
    [InlineData("\"text\"", "the message body is not a JSON object")]
    [InlineData("null", "the message body is not a JSON object")]
    public void Parse_NotAJsonObject_IsRejectedWithoutCallbackDetails(string body, string reason)
    {
        var result = FaxRequestParser.Parse(body);

        Assert.False(result.IsValid);
        Assert.Equal(reason, result.Reason);
        Assert.False(result.CanNotifyCaller);
    }

    [Theory]
    [InlineData("""{"to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""", "field 'fax_id' is missing")]
    [InlineData("""{"fax_id":"","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""", "field 'fax_id' is empty")]
    [InlineData("""{"fax_id":7,"to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""", "field 'fax_id' must be a string")]
    [InlineData("""{"fax_id":"a","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""", "field 'to' is missing")]
    [InlineData("""{"fax_id":"a","to":null,"pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""", "field 'to' is missing")]
    [InlineData("""{"fax_id":"a","to":16175551234,"pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""", "field 'to' must be a string")]
    [InlineData("""{"fax_id":"a","to":"1-800-FLOWERS","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""", "field 'to' must not contain letters")]
    [InlineData("""{"fax_id":"a","to":"+1617555123456789","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""", "field 'to' is not a valid phone number (wrong length or not in use)")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"ftp://x/a.pdf","callback_url":"https://y/cb"}""", "field 'pdf_url' must be an https URL")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"http://x/a.pdf","callback_url":"https://y/cb"}""", "field 'pdf_url' must be an https URL")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://169.254.169.254/latest/meta-data","callback_url":"https://y/cb"}""", "field 'pdf_url' points at a link-local address (where cloud metadata services live)")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://user:pw@y/cb"}""", "field 'callback_url' must not contain a user name or password")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"/a.pdf","callback_url":"https://y/cb"}""", "field 'pdf_url' is not an absolute URL")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":-1}""", "field 'retry_count' must be a whole number from 0")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":"2"}""", "field 'retry_count' must be a whole number from 0")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":1.5}""", "field 'retry_count' must be a whole number from 0")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":99999999999}""", "field 'retry_count' must be a whole number from 0")]
    public void Parse_OneBadField_NamesIt(string body, string reason)
    {
        var result = FaxRequestParser.Parse(body);

        Assert.False(result.IsValid);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void Parse_SeveralBadFields_NamesEachInFieldOrder()
    {
        var result = FaxRequestParser.Parse("""{"fax_id":"a","to":"555","callback_url":"https://y/cb"}""");

        Assert.Equal(
            "field 'to' is not a valid phone number (wrong length or not in use); field 'pdf_url' is missing",
            result.Reason);
    }

    [Theory]
    [InlineData("+16175551234", "+16175551234")]
    [InlineData("(617) 555-1234", "+16175551234")]
    [InlineData("617.555.1234", "+16175551234")]
    [InlineData("617-555-1234", "+16175551234")]
    [InlineData("+1 (617) 555-1234", "+16175551234")]
    [InlineData(" 6175551234 ", "+16175551234")]
    [InlineData("+44 20 7183 8750", "+442071838750")]
    [InlineData("+49 30 123456", "+4930123456")]
    [InlineData("+1617555123４", "+16175551234")]
    public void Parse_CommonSpellings_AreNormalisedToE164(string to, string e164)
    {
        var result = FaxRequestParser.Parse(Body(to));

        Assert.Equal(e164, result.Fax!.To);
    }

    [Fact]
    public void Parse_NationalNumber_UsesTheConfiguredRegion()
    {
        var result = FaxRequestParser.Parse(Body("020 7183 8750"), new FaxRequestRules("GB"));

        Assert.Equal("+442071838750", result.Fax!.To);
    }

    [Theory]
    [InlineData("911", "field 'to' is an emergency number")]
    [InlineData("112", "field 'to' is an emergency number")]
    [InlineData("+1 900 555 0100", "field 'to' is a premium-rate number")]
    [InlineData("+1 617 555 1234 ext. 12", "field 'to' must not have an extension")]
    [InlineData("617-555-1234 x12", "field 'to' must not have an extension")]
    [InlineData("+1617555123", "field 'to' is not a valid phone number (wrong length or not in use)")]
    [InlineData("+1 555 0100", "field 'to' is not a valid phone number (wrong length or not in use)")]
    [InlineData("FAX-ME", "field 'to' must not contain letters")]
    [InlineData("", "field 'to' is empty")]
    [InlineData("++--()", "field 'to' is not a phone number")]
    public void Parse_NumberThatCannotBeFaxed_IsRefusedWithTheReason(string to, string reason)
    {
        var result = FaxRequestParser.Parse(Body(to));

        Assert.Equal(reason, result.Reason);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("null", true)]
    [InlineData("2", false)]
    [InlineData("\"1\"", false)]
    public void Parse_Version_OnlyOneIsRead(string version, bool valid)
    {
        var result = FaxRequestParser.Parse($$"""{"version":{{version}},"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""");

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? "" : "field 'version' must be 1, the only version this gateway reads", result.Reason);
    }

    [Fact]
    public void Parse_RepeatedField_IsRefused()
    {
        var result = FaxRequestParser.Parse("""{"fax_id":"a","to":"+16175551234","to":"+16175550000","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""");

        Assert.Equal("field 'to' appears more than once", result.Reason);
    }

    private static string Body(string to) =>
        $$"""{"fax_id":"a","to":{{System.Text.Json.JsonSerializer.Serialize(to)}},"pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""";

    [Fact]
    public void Parse_OverlongFaxId_IsRejected()
    {
        var id = new string('x', FaxRequestParser.MaxFaxIdLength + 1);

        var result = FaxRequestParser.Parse($$"""{"fax_id":"{{id}}","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""");

        Assert.Equal("field 'fax_id' is longer than 256 characters", result.Reason);
    }

    [Fact]
    public void Parse_BadNumberButUsableIdAndCallback_CanNotifyCaller()
    {
        var result = FaxRequestParser.Parse("""{"fax_id":"a","to":"nope","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""");

        Assert.True(result.CanNotifyCaller);
        Assert.Equal("a", result.FaxId);
        Assert.Equal("https://y/cb", result.CallbackUrl);
    }

    [Theory]
    [InlineData("""{"to":"nope","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""")]
    [InlineData("""{"fax_id":"a","to":"nope","pdf_url":"https://x/a.pdf","callback_url":"javascript:alert(1)"}""")]
    [InlineData("""{"fax_id":"a","to":"nope","pdf_url":"https://x/a.pdf"}""")]
    [InlineData("""{"fax_id":"a","to":"nope","pdf_url":"https://x/a.pdf","callback_url":"http://y/cb"}""")]
    [InlineData("""{"fax_id":"a","to":"nope","pdf_url":"https://x/a.pdf","callback_url":"https://10.1.1.1/cb"}""")]
    public void Parse_NoUsableIdOrCallback_CannotNotifyCaller(string body)
    {
        var result = FaxRequestParser.Parse(body);

        Assert.False(result.CanNotifyCaller);
    }

    [Fact]
    public void Parse_InsecureUrlsAllowed_AcceptsHttpAndLoopback()
    {
        var result = FaxRequestParser.Parse(
            """{"fax_id":"a","to":"+16175551234","pdf_url":"http://127.0.0.1:8080/a.pdf","callback_url":"http://localhost:9000/cb"}""",
            new FaxRequestRules(AllowInsecureUrls: true));

        Assert.True(result.IsValid);
    }
}
