using FaxGateway.Simulator.Recording;

namespace FaxGateway.Simulator.Api;

/// <summary>The simulator's own routes under <c>/_sim</c>: not part of the carrier API, not authenticated, not recorded.</summary>
internal static class ControlEndpoints
{
    public static IResult Health() =>
        TypedResults.Json(new HealthResponse("ok"), SimulatorJson.Context.HealthResponse);

    public static IResult Calls(SimulatorRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var calls = record.Calls.Select(CallResource.From).ToList();
        return TypedResults.Json(new CallsResponse(calls, record.MaxSimultaneousCallsByNumber()), SimulatorJson.Context.CallsResponse);
    }
}
