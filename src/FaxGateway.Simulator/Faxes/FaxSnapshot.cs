namespace FaxGateway.Simulator.Faxes;

/// <summary>A fax as it stands at one instant, for the API to render.</summary>
internal sealed record FaxSnapshot(
    string Sid,
    string AccountSid,
    string From,
    string To,
    string Quality,
    string MediaSid,
    bool HasStoredMedia,
    int? NumPages,
    int? DurationSeconds,
    string Status,
    DateTimeOffset DateCreated,
    DateTimeOffset DateUpdated,
    FaxError? Error);
