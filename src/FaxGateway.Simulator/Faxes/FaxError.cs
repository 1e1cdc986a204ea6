namespace FaxGateway.Simulator.Faxes;

/// <summary>
/// Why a fax failed: the model's <see cref="Cause"/>, which each API renders in its own words,
/// and the Twilio-shaped <c>error_code</c> and <c>error_message</c>. Messages never hold the media URL.
/// </summary>
internal sealed record FaxError(FaxFailureCause Cause, int Code, string Message);
