namespace FaxGateway.Simulator.Api;

/// <summary>The <c>/_sim/health</c> answer.</summary>
internal sealed record HealthResponse(string Status);
