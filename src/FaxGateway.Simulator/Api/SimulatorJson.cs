using System.Text.Encodings.Web;
using System.Text.Json;

namespace FaxGateway.Simulator.Api;

/// <summary>
/// The JSON context every body is written with. Relaxed escaping writes <c>'</c> as itself,
/// as Twilio does; these bodies are API answers, never embedded in a web page.
/// </summary>
internal static class SimulatorJson
{
    public static SimulatorJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
