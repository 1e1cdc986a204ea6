namespace FaxGateway.Simulator.Faults;

/// <summary>An answer the next matching requests get instead of the real one: a status code, with <c>Retry-After</c> for 429.</summary>
internal sealed record RequestFault(FaultTarget Target, int StatusCode, TimeSpan? RetryAfter);
