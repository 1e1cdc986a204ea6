namespace FaxGateway.Simulator.Api.Telnyx;

/// <summary>The <c>POST /v2/faxes</c> body, snake_case JSON (team-telnyx/telnyx-python fax_create_params.py).</summary>
internal sealed record TelnyxCreateFax(
    string? ConnectionId,
    string? From,
    string? To,
    string? MediaUrl,
    string? Quality,
    bool? StoreMedia,
    string? ClientState);
