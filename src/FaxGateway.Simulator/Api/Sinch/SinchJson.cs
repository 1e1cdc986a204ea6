using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaxGateway.Simulator.Api.Sinch;

/// <summary>Sinch writes camelCase, unlike the other APIs' snake_case.</summary>
internal static class SinchJson
{
    public static SinchJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>Source-generated JSON for Sinch's bodies.</summary>
[JsonSerializable(typeof(SinchCreateFax))]
[JsonSerializable(typeof(SinchFaxResource))]
[JsonSerializable(typeof(SinchFaxList))]
[JsonSerializable(typeof(SinchErrorBody))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class SinchJsonContext : JsonSerializerContext;
