namespace FaxGateway.Simulator.Faxes;

/// <summary>
/// A validated create request, whichever API it came through. <c>StatusCallback</c> and
/// webhooks are accepted and not kept: the simulator makes no callbacks.
/// </summary>
/// <param name="To">Destination, E.164.</param>
/// <param name="From">Sending number, E.164.</param>
/// <param name="MediaUrl">Where the PDF is fetched from; never echoed, it may be a presigned secret.</param>
/// <param name="Quality">The API's own quality name.</param>
/// <param name="StoreMedia">Whether to keep the PDF after sending.</param>
/// <param name="TtlMinutes">Twilio's <c>Ttl</c>; accepted, and the simulator never retries.</param>
/// <param name="Api">The API that created the fax; only that API finds it again.</param>
/// <param name="ClientState">Telnyx's <c>client_state</c>, echoed on the resource.</param>
/// <param name="MaxRetries">Sinch's <c>maxRetries</c> (its service default is 3), echoed on the resource.</param>
/// <param name="Labels">Sinch's <c>labels</c>, echoed on the resource.</param>
internal sealed record NewFax(
    string To,
    string From,
    Uri MediaUrl,
    string Quality,
    bool StoreMedia,
    int? TtlMinutes,
    CarrierApi Api = CarrierApi.Twilio,
    string? ClientState = null,
    int? MaxRetries = null,
    IReadOnlyDictionary<string, string>? Labels = null);
