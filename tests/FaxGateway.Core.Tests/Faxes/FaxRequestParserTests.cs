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
        var result = FaxRequestParser.Parse("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","version":2,"extra":{"x":1}}""");

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
    [InlineData("""{"fax_id":"a","to":"617-555-1234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""", "field 'to' must be an E.164 number such as +16175551234")]
    [InlineData("""{"fax_id":"a","to":"+1617555123456789","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""", "field 'to' must be an E.164 number such as +16175551234")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"ftp://x/a.pdf","callback_url":"https://y/cb"}""", "field 'pdf_url' must be an absolute http or https URL")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"/a.pdf","callback_url":"https://y/cb"}""", "field 'pdf_url' must be an absolute http or https URL")]
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
            "field 'to' must be an E.164 number such as +16175551234; field 'pdf_url' is missing",
            result.Reason);
    }

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
    public void Parse_NoUsableIdOrCallback_CannotNotifyCaller(string body)
    {
        var result = FaxRequestParser.Parse(body);

        Assert.False(result.CanNotifyCaller);
    }
}
