namespace FaxGateway.Core.Carriers;

/// <summary>
/// A carrier that can say whether it already has a fax, found by its destination, document and
/// creation time. The gateway asks when a run died while sending: without an answer it cannot
/// tell whether the carrier accepted that send, and sending again could deliver the fax twice.
/// </summary>
public interface IFaxCarrierLookup
{
    /// <summary>
    /// The fax the carrier created for <paramref name="request"/> at or after
    /// <paramref name="notBefore"/>, or null when it surely has none.
    /// </summary>
    Task<CarrierFax?> FindAsync(FaxSendRequest request, DateTimeOffset notBefore, CancellationToken cancellationToken);
}
