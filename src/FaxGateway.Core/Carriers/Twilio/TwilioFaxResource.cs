using System.Text.Json.Serialization;

namespace FaxGateway.Core.Carriers.Twilio;

/// <summary>The fields of Twilio's fax resource the gateway reads.</summary>
internal sealed record TwilioFaxResource(
    [property: JsonPropertyName("sid")] string? Sid,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("num_pages")] int? NumPages);

/// <summary>Twilio's error body: <c>{"code": 20003, "message": "Authenticate", "status": 401}</c>.</summary>
internal sealed record TwilioError(
    [property: JsonPropertyName("code")] int? Code,
    [property: JsonPropertyName("message")] string? Message);

[JsonSerializable(typeof(TwilioFaxResource))]
[JsonSerializable(typeof(TwilioError))]
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
internal sealed partial class TwilioJsonContext : JsonSerializerContext;
