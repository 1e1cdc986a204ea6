namespace FaxGateway.Core.Carriers;

/// <summary>
/// A fax carrier's API, reduced to what the gateway needs. Expected outcomes (busy, no answer,
/// failed) come back as <see cref="CarrierFax"/> values; only a broken call throws
/// (<see cref="CarrierException"/>).
/// </summary>
public interface IFaxCarrier
{
    /// <summary>Asks the carrier to send one fax and returns its first known state.</summary>
    Task<CarrierFax> SendAsync(FaxSendRequest request, CancellationToken cancellationToken);

    /// <summary>Reads the current state of a fax this carrier accepted.</summary>
    Task<CarrierFax> GetAsync(string carrierFaxId, CancellationToken cancellationToken);

    /// <summary>
    /// Asks the carrier to stop a fax that is still pending. Carriers may refuse once
    /// transmission has started; the caller reads the state again afterwards.
    /// </summary>
    Task CancelAsync(string carrierFaxId, CancellationToken cancellationToken);
}
