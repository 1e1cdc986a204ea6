namespace FaxGateway.Core.Carriers;

/// <summary>One fax for a carrier to send.</summary>
/// <param name="To">Destination, E.164.</param>
/// <param name="MediaUrl">Where the carrier fetches the PDF.</param>
public sealed record FaxSendRequest(string To, string MediaUrl);
