namespace FaxGateway.Core.Carriers;

/// <summary>One fax for a carrier to send.</summary>
/// <param name="To">Destination, E.164.</param>
/// <param name="MediaUrl">Where the carrier fetches the PDF.</param>
/// <param name="FaxId">The caller's id for the fax; carriers with a client reference field get it, to reconcile after a crash.</param>
/// <param name="Attempt">Which attempt this is, from 1; stamped beside <paramref name="FaxId"/>.</param>
public sealed record FaxSendRequest(string To, string MediaUrl, string FaxId, int Attempt);
