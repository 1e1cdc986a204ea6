using System.Text.Json.Serialization;

namespace FaxGateway.Simulator.Api;

/// <summary>Source-generated JSON for the snake_case APIs' bodies (Twilio, SignalWire, Telnyx); Sinch has its own camelCase context.</summary>
[JsonSerializable(typeof(FaxResource))]
[JsonSerializable(typeof(SignalWire.SignalWireFaxResource))]
[JsonSerializable(typeof(SignalWire.SignalWireFaxList))]
[JsonSerializable(typeof(Telnyx.TelnyxList<Telnyx.TelnyxFaxResource>))]
[JsonSerializable(typeof(Telnyx.TelnyxCreateFax))]
[JsonSerializable(typeof(Telnyx.TelnyxData<Telnyx.TelnyxFaxResource>))]
[JsonSerializable(typeof(Telnyx.TelnyxData<Telnyx.TelnyxActionResult>))]
[JsonSerializable(typeof(Telnyx.TelnyxErrorBody))]
[JsonSerializable(typeof(FaxListResponse))]
[JsonSerializable(typeof(TwilioErrorBody))]
[JsonSerializable(typeof(CallsResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
