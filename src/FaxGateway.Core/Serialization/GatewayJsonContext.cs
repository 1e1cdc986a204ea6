using System.Text.Json.Serialization;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Webhooks;

namespace FaxGateway.Core.Serialization;

/// <summary>
/// Source-generated JSON for every wire record: snake_case names, as the original's
/// dataclasses_json wrote them, and no reflection at run time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(Fax))]
[JsonSerializable(typeof(Webhook))]
[JsonSerializable(typeof(WebhookPayload))]
public sealed partial class GatewayJsonContext : JsonSerializerContext;
