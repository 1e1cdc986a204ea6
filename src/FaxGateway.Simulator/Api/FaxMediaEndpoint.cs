using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api;

/// <summary>
/// <c>GET /v1/Faxes/{sid}/Media/{mediaSid}</c>: the PDF the simulator fetched, the target of
/// <c>media_url</c>. Only kept when the fax was sent with <c>StoreMedia</c> true.
/// </summary>
internal static class FaxMediaEndpoint
{
    public static IResult Handle(string sid, string mediaSid, HttpRequest request, FaxRegistry faxes) =>
        faxes.Find(sid, CarrierApi.Twilio) is { } fax && fax.MediaSid == mediaSid && fax.StoredMedia is { } pdf
            ? TypedResults.File(pdf, "application/pdf")
            : FaxEndpoints.NotFound(request);
}
