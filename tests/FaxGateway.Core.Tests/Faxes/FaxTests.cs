using System.Text.Json;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Serialization;
using FaxGateway.Core.Webhooks;

namespace FaxGateway.Core.Tests.Faxes;

/// <summary>The wire records: load, defaults, dump and round trip, as the original's messages_test.py.</summary>
public sealed class FaxTests
{
    [Fact]
    public void Serialize_Fax_WritesTheOriginalsSnakeCaseFields()
    {
        var json = JsonSerializer.Serialize(new Fax("abc123", "+16175551234", "https://a/b.pdf", "https://c/d", 2), GatewayJson.Fax);

        Assert.Equal("""{"fax_id":"abc123","to":"+16175551234","pdf_url":"https://a/b.pdf","callback_url":"https://c/d","retry_count":2}""", json);
    }

    [Fact]
    public void Deserialize_FaxWithoutRetryCount_DefaultsToZero()
    {
        var fax = JsonSerializer.Deserialize("""{"fax_id":"abc123","to":"+16175551234","pdf_url":"https://a/b.pdf","callback_url":"https://c/d"}""", GatewayJson.Fax);

        Assert.Equal(new Fax("abc123", "+16175551234", "https://a/b.pdf", "https://c/d", 0), fax);
    }

    [Fact]
    public void Fax_RoundTrips()
    {
        var fax = new Fax("id-ü", "+4930123456", "https://a/b.pdf?x=1&y=2", "https://c/d?token=t", 19);

        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(fax, GatewayJson.Fax), GatewayJson.Fax);

        Assert.Equal(fax, back);
    }

    [Fact]
    public void NextAttempt_IncrementsRetryCountOnly()
    {
        var fax = new Fax("a", "+16175551234", "https://a", "https://b", 4);

        Assert.Equal(fax with { RetryCount = 5 }, fax.NextAttempt());
        Assert.Equal(6, fax.NextAttempt().Attempt);
    }

    [Theory]
    [InlineData(FaxStatus.Sent, "sent")]
    [InlineData(FaxStatus.TemporaryFailure, "tmp_fail")]
    [InlineData(FaxStatus.PermanentFailure, "perm_fail")]
    public void Serialize_WebhookPayload_WritesWireStatus(FaxStatus status, string wire)
    {
        var json = JsonSerializer.Serialize(new WebhookPayload("abc123", status, "m", 1700000000), GatewayJson.WebhookPayload);

        Assert.Equal($$"""{"fax_id":"abc123","status":"{{wire}}","message":"m","timestamp":1700000000}""", json);
        Assert.Equal(wire, status.ToWire());
    }

    [Fact]
    public void Webhook_RoundTripsWithNestedPayload()
    {
        var webhook = new Webhook("https://c/d?token=t", new WebhookPayload("abc123", FaxStatus.PermanentFailure, "Failed", 1700000000));

        var json = JsonSerializer.Serialize(webhook, GatewayJson.Webhook);
        var back = JsonSerializer.Deserialize(json, GatewayJson.Webhook);

        Assert.Equal("""{"callback_url":"https://c/d?token=t","payload":{"fax_id":"abc123","status":"perm_fail","message":"Failed","timestamp":1700000000}}""", json);
        Assert.Equal(webhook, back);
    }

    [Fact]
    public void Deserialize_WebhookMissingPayload_Throws()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"callback_url":"https://c/d"}""", GatewayJson.Webhook));
    }

    [Fact]
    public void Deserialize_WebhookWithUnknownStatus_Throws()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            """{"callback_url":"https://c/d","payload":{"fax_id":"a","status":"lost","message":"m","timestamp":1}}""",
            GatewayJson.Webhook));
    }
}
