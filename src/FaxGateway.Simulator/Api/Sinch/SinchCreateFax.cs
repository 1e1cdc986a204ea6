namespace FaxGateway.Simulator.Api.Sinch;

/// <summary>
/// The <c>POST /v3/projects/{projectId}/faxes</c> body the simulator reads, camelCase JSON or the
/// same names as multipart form fields: one destination, one <c>contentUrl</c>.
/// </summary>
internal sealed record SinchCreateFax(
    string? To,
    string? From,
    string? ContentUrl,
    int? MaxRetries,
    IReadOnlyDictionary<string, string>? Labels);
