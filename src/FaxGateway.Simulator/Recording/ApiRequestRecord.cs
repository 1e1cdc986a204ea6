namespace FaxGateway.Simulator.Recording;

/// <summary>One request to the fax API: method, path (no query string), the status answered and when it arrived.</summary>
public sealed record ApiRequestRecord(string Method, string Path, int StatusCode, DateTimeOffset At);
