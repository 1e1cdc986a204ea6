namespace FaxGateway.Simulator.Api;

/// <summary>The <c>/_sim/calls</c> answer: every call attempt, and the most calls ever up at once per number.</summary>
internal sealed record CallsResponse(IReadOnlyList<CallResource> Calls, IReadOnlyDictionary<string, int> MaxSimultaneousCalls);
