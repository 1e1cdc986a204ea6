namespace FaxGateway.Simulator.Faxes;

/// <summary>A validated create request. <c>StatusCallback</c> is accepted and not kept: the simulator makes no callbacks.</summary>
internal sealed record NewFax(string To, string From, Uri MediaUrl, string Quality, bool StoreMedia, int? TtlMinutes);
