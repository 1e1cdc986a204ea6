using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Webhooks;

namespace FaxGateway.Core.Serialization;

/// <summary>
/// The type information every wire record is read and written with. The generated context's
/// default encoder escapes '+' and every non-ASCII character; these write them as they are
/// (<c>"to":"+16175551234"</c>), which is what people reading a queue or a callback expect.
/// </summary>
public static class GatewayJson
{
    private static readonly JsonSerializerOptions Options = new(GatewayJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonTypeInfo<Fax> Fax { get; } = (JsonTypeInfo<Fax>)Options.GetTypeInfo(typeof(Fax));

    public static JsonTypeInfo<Webhook> Webhook { get; } = (JsonTypeInfo<Webhook>)Options.GetTypeInfo(typeof(Webhook));

    public static JsonTypeInfo<WebhookPayload> WebhookPayload { get; } =
        (JsonTypeInfo<WebhookPayload>)Options.GetTypeInfo(typeof(WebhookPayload));
}
