using System.Text.Json.Serialization;

namespace FaxGateway.Simulator.Api;

/// <summary>Source-generated JSON for every body the simulator writes, in Twilio's snake_case.</summary>
[JsonSerializable(typeof(FaxResource))]
[JsonSerializable(typeof(FaxListResponse))]
[JsonSerializable(typeof(TwilioErrorBody))]
[JsonSerializable(typeof(CallsResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
