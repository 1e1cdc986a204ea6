namespace FaxGateway.Simulator.Faxes;

/// <summary>Why a fax failed: <c>error_code</c> and <c>error_message</c>. Messages never hold the media URL.</summary>
internal sealed record FaxError(int Code, string Message);
