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
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":-1}""", "field 'retry_count' must be a whole number from 0 to 1000")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":"2"}""", "field 'retry_count' must be a whole number from 0 to 1000")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":1.5}""", "field 'retry_count' must be a whole number from 0 to 1000")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":99999999999}""", "field 'retry_count' must be a whole number from 0 to 1000")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":2147483647}""", "field 'retry_count' must be a whole number from 0 to 1000")]
    [InlineData("""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":1001}""", "field 'retry_count' must be a whole number from 0 to 1000")]
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

    // --- scheduling fields: expires_at, not_before, failures ---------------------------------

    private const string Head = """
        {"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"
        """;

    private const string FailuresProblem =
        "field 'failures' must be an object of whole numbers from 0 named busy, no_answer, line_error and carrier_unavailable";

    [Theory]
    [InlineData("expires_at", "1772899200", 1772899200.0)]
    [InlineData("expires_at", "1772899200.25", 1772899200.25)]
    [InlineData("expires_at", "1.7728992005e9", 1772899200.5)]
    [InlineData("expires_at", "0", 0.0)]
    [InlineData("expires_at", "253402300799", 253402300799.0)]
    [InlineData("not_before", "1772899200", 1772899200.0)]
    [InlineData("not_before", "1772899200.125", 1772899200.125)]
    [InlineData("not_before", "253402300799", 253402300799.0)]
    public void Parse_UnixTime_IsAcceptedAsWholeOrFractionalSeconds(string field, string json, double seconds)
    {
        var result = FaxRequestParser.Parse($$"""{{Head}},"{{field}}":{{json}}}""");

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(seconds, field == "expires_at" ? result.Fax.ExpiresAt : result.Fax.NotBefore);
        Assert.Null(field == "expires_at" ? result.Fax.NotBefore : result.Fax.ExpiresAt);
    }

    [Fact]
    public void Parse_UnixTimes_AreReadAsTheirInstants()
    {
        var result = FaxRequestParser.Parse($$"""{{Head}},"expires_at":1772899200.5,"not_before":1772812800}""");

        Assert.Equal(new DateTimeOffset(2026, 3, 7, 16, 0, 0, 500, TimeSpan.Zero), result.Fax!.Expires);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 16, 0, 0, TimeSpan.Zero), result.Fax.Due);
    }

    [Fact]
    public void Parse_NoSchedulingFields_LeavesThemUnset()
    {
        var result = FaxRequestParser.Parse($$"""{{Head}}}""");

        Assert.Equal((null, null, null), (result.Fax!.ExpiresAt, result.Fax.NotBefore, result.Fax.Failures));
        Assert.Equal((null, null), (result.Fax.Expires, result.Fax.Due));
    }

    [Fact]
    public void Parse_NullSchedulingFields_AreTakenAsAbsent()
    {
        var result = FaxRequestParser.Parse($$"""{{Head}},"expires_at":null,"not_before":null,"failures":null}""");

        Assert.Equal(new Fax("a", "+16175551234", "https://x/a.pdf", "https://y/cb"), result.Fax);
    }

    [Theory]
    [InlineData("expires_at", "\"1772899200\"")]
    [InlineData("expires_at", "\"2026-03-07T16:00:00Z\"")]
    [InlineData("expires_at", "\"NaN\"")]
    [InlineData("expires_at", "\"Infinity\"")]
    [InlineData("expires_at", "-1")]
    [InlineData("expires_at", "-0.001")]
    [InlineData("expires_at", "1e400")]
    [InlineData("expires_at", "-1e400")]
    [InlineData("expires_at", "253402300800")]
    [InlineData("expires_at", "253402300799.5")]
    [InlineData("expires_at", "1e300")]
    [InlineData("expires_at", "true")]
    [InlineData("expires_at", "{}")]
    [InlineData("expires_at", "[1772899200]")]
    [InlineData("not_before", "\"1772899200\"")]
    [InlineData("not_before", "\"NaN\"")]
    [InlineData("not_before", "-1")]
    [InlineData("not_before", "1e400")]
    [InlineData("not_before", "253402300800")]
    [InlineData("not_before", "false")]
    public void Parse_BadUnixTime_NamesTheField(string field, string json)
    {
        var result = FaxRequestParser.Parse($$"""{{Head}},"{{field}}":{{json}}}""");

        Assert.False(result.IsValid);
        Assert.Equal($"field '{field}' must be a UNIX time in seconds", result.Reason);
        Assert.True(result.CanNotifyCaller);
    }

    [Theory]
    [InlineData("{}", 0, 0, 0, 0)]
    [InlineData("""{"busy":2}""", 2, 0, 0, 0)]
    [InlineData("""{"no_answer":4,"line_error":0}""", 0, 4, 0, 0)]
    [InlineData("""{"busy":1,"no_answer":2,"line_error":3,"carrier_unavailable":4}""", 1, 2, 3, 4)]
    [InlineData("""{"carrier_unavailable":1000}""", 0, 0, 0, 1000)]
    public void Parse_Failures_KnownNamesAreAccepted(string json, int busy, int noAnswer, int lineError, int carrierUnavailable)
    {
        var result = FaxRequestParser.Parse($$"""{{Head}},"failures":{{json}}}""");

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(new FaxGateway.Core.Scheduling.FailureCounts(busy, noAnswer, lineError, carrierUnavailable), result.Fax.Failures);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[1,2]")]
    [InlineData("3")]
    [InlineData("\"busy\"")]
    [InlineData("true")]
    [InlineData("""{"busy":1,"permanent":1}""")]
    [InlineData("""{"Busy":1}""")]
    [InlineData("""{"no-answer":1}""")]
    [InlineData("""{"busy":-1}""")]
    [InlineData("""{"line_error":1001}""")]
    [InlineData("""{"busy":99999999999}""")]
    [InlineData("""{"busy":1.5}""")]
    [InlineData("""{"line_error":7.0}""")]
    [InlineData("""{"busy":1e400}""")]
    [InlineData("""{"busy":"2"}""")]
    [InlineData("""{"busy":null}""")]
    [InlineData("""{"busy":{"count":1}}""")]
    [InlineData("""{"busy":1,"busy":2}""")]
    [InlineData("""{"no_answer":0,"no_answer":0}""")]
    public void Parse_BadFailures_AreRefused(string json)
    {
        var result = FaxRequestParser.Parse($$"""{{Head}},"failures":{{json}}}""");

        Assert.False(result.IsValid);
        Assert.Equal(FailuresProblem, result.Reason);
        Assert.True(result.CanNotifyCaller);
    }

    [Fact]
    public void Parse_SeveralBadSchedulingFields_NamesEachInFieldOrder()
    {
        var result = FaxRequestParser.Parse($$"""{{Head}},"failures":[],"not_before":"soon","expires_at":-5,"retry_count":-1}""");

        Assert.Equal(
            [
                "field 'retry_count' must be a whole number from 0 to 1000",
                "field 'expires_at' must be a UNIX time in seconds",
                "field 'not_before' must be a UNIX time in seconds",
                FailuresProblem,
            ],
            result.Problems);
    }

    [Fact]
    public void Parse_RepeatedSchedulingField_IsRefused()
    {
        var result = FaxRequestParser.Parse($$"""{{Head}},"not_before":1,"not_before":2}""");

        Assert.Equal("field 'not_before' appears more than once", result.Reason);
    }

    [Fact]
    public void Serialize_FaxWithoutSchedulingFields_WritesExactlyTheOriginalsFiveFields()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(FaxGateway.Testing.Builders.Fax(retryCount: 3), FaxGateway.Core.Serialization.GatewayJson.Fax);

        Assert.Equal(
            """{"fax_id":"abc123","to":"+16175551234","pdf_url":"https://media.example.com/forms/abc123.pdf?X-Amz-Signature=secret-signature","callback_url":"https://app.example.com/fax-callback?token=callback-secret","retry_count":3}""",
            json);
    }

    [Fact]
    public void Serialize_FaxWithSchedulingFields_WritesThemInSnakeCase()
    {
        var fax = new Fax("a", "+16175551234", "https://x/a.pdf", "https://y/cb", 3)
        {
            ExpiresAt = 1772899200.5,
            NotBefore = 1772812800.25,
            Failures = new FaxGateway.Core.Scheduling.FailureCounts(Busy: 2, LineError: 1),
        };

        var json = System.Text.Json.JsonSerializer.Serialize(fax, FaxGateway.Core.Serialization.GatewayJson.Fax);

        Assert.Equal(
            """{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","retry_count":3,"expires_at":1772899200.5,"not_before":1772812800.25,"failures":{"busy":2,"no_answer":0,"line_error":1,"carrier_unavailable":0}}""",
            json);
    }

    [Fact]
    public void Parse_SerializedFaxWithSchedulingFields_RoundTripsUnchanged()
    {
        var fax = (FaxGateway.Testing.Builders.Fax(retryCount: 6) with
        {
            Failures = new FaxGateway.Core.Scheduling.FailureCounts(Busy: 1, NoAnswer: 2, LineError: 3, CarrierUnavailable: 0),
        })
            .ExpiringAt(new DateTimeOffset(2026, 3, 8, 9, 30, 15, 123, TimeSpan.Zero))
            .WaitUntil(new DateTimeOffset(2026, 3, 7, 18, 45, 0, 7, TimeSpan.Zero));

        var result = FaxRequestParser.Parse(System.Text.Json.JsonSerializer.Serialize(fax, FaxGateway.Core.Serialization.GatewayJson.Fax));

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(fax, result.Fax);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 9, 30, 15, 123, TimeSpan.Zero), result.Fax.Expires);
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 18, 45, 0, 7, TimeSpan.Zero), result.Fax.Due);
    }

    [Fact]
    public void Parse_SerializedRetryOfARetry_KeepsCountingFailures()
    {
        var first = FaxGateway.Testing.Builders.Fax().RetryAt(new DateTimeOffset(2026, 3, 7, 12, 1, 0, TimeSpan.Zero), FaxGateway.Core.Scheduling.FailureCause.Busy);
        var again = FaxRequestParser.Parse(System.Text.Json.JsonSerializer.Serialize(first, FaxGateway.Core.Serialization.GatewayJson.Fax)).Fax!
            .RetryAt(new DateTimeOffset(2026, 3, 7, 12, 3, 0, TimeSpan.Zero), FaxGateway.Core.Scheduling.FailureCause.Busy);

        var result = FaxRequestParser.Parse(System.Text.Json.JsonSerializer.Serialize(again, FaxGateway.Core.Serialization.GatewayJson.Fax));

        Assert.Equal(again, result.Fax);
        Assert.Equal((2, 2), (result.Fax!.RetryCount, result.Fax.Failures!.Busy));
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 12, 3, 0, TimeSpan.Zero), result.Fax.Due);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData("1000", 1000)]
    public void Parse_Deferrals_IsRead(string value, int expected)
    {
        var result = FaxRequestParser.Parse($$"""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","deferrals":{{value}}}""");

        Assert.Equal(expected, result.Fax!.Deferrals);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1001")]
    [InlineData("1.5")]
    [InlineData("\"3\"")]
    public void Parse_BadDeferrals_IsRefused(string value)
    {
        var result = FaxRequestParser.Parse($$"""{"fax_id":"a","to":"+16175551234","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb","deferrals":{{value}}}""");

        Assert.False(result.IsValid);
        Assert.Contains("field 'deferrals' must be a whole number from 0 to 1000", result.Reason, StringComparison.Ordinal);
    }
}
