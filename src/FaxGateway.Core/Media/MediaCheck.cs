using FaxGateway.Core.Carriers;

namespace FaxGateway.Core.Media;

/// <summary>What the gateway found at a fax's <c>pdf_url</c> before handing it to the carrier.</summary>
/// <param name="State">Whether the fax can go ahead, and if not, whether trying later can help.</param>
/// <param name="Status">What was found, in the words a callback message quotes ("media unavailable or expired (HTTP 403)").</param>
/// <param name="Pages">The PDF's page count, when it was read.</param>
public sealed record MediaCheck(CarrierFaxState State, string Status, int? Pages = null)
{
    /// <summary>Whether the fax may be sent.</summary>
    public bool IsUsable => State == CarrierFaxState.Pending;

    public static MediaCheck Usable(int? pages) => new(CarrierFaxState.Pending, "media ok", pages);

    public static MediaCheck Permanent(string status) => new(CarrierFaxState.FailedPermanent, status);

    public static MediaCheck Retryable(string status) => new(CarrierFaxState.FailedRetryable, status);
}
