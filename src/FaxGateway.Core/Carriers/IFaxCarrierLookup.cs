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

    /// <summary>
    /// The earliest time a send may begin, in a run that took its message at
    /// <paramref name="runStart"/>, for <see cref="FindAsync"/> to tell its fax apart from the one
    /// sent to the same number before the run began. Carriers that echo our client reference
    /// need no wait.
    /// </summary>
    DateTimeOffset EarliestSend(DateTimeOffset runStart) => runStart;
}
