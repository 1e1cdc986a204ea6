namespace FaxGateway.Core.Carriers;

/// <summary>A carrier's view of one fax.</summary>
/// <param name="Id">The carrier's own id for the fax (Twilio's <c>sid</c>).</param>
/// <param name="State">The carrier status mapped onto the common model.</param>
/// <param name="Status">The carrier's own status text (<c>busy</c>, <c>no-answer</c>, …), kept for callback messages.</param>
/// <param name="Pages">Pages in the document, when the carrier has counted them.</param>
public sealed record CarrierFax(string Id, CarrierFaxState State, string Status, int? Pages = null)
{
    /// <summary>Whether the carrier has reached a final status.</summary>
    public bool IsFinal => State != CarrierFaxState.Pending;
}
