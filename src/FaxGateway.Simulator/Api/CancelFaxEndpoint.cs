using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api;

/// <summary>
/// <c>POST /v1/Faxes/{sid}</c> with <c>Status=canceled</c>, the only update Twilio allows. It
/// works until the call is placed; after that Twilio's "may fail if transmission has already
/// started" is what happens, and the fax goes on.
/// </summary>
internal static class CancelFaxEndpoint
{
    public static async Task<IResult> HandleAsync(string sid, HttpRequest request, FaxRegistry faxes, CancellationToken cancellationToken)
    {
        if (faxes.Find(sid) is not { } fax)
        {
            return FaxEndpoints.NotFound(request);
        }

        var form = await FaxForms.ReadAsync(request, cancellationToken);
        if (form["Status"].ToString() != FaxStatuses.Canceled)
        {
            return TwilioErrors.BadRequest(
                TwilioErrors.InvalidParameterCode, "Invalid parameter 'Status': the only value allowed is canceled").ToResult();
        }

        return faxes.Cancel(fax) switch
        {
            CancelResult.Canceled => FaxEndpoints.Resource(fax.Snapshot(), request),
            CancelResult.TooLateSending => TooLate($"Fax {sid} cannot be canceled: transmission has already started"),
            _ => TooLate($"Fax {sid} cannot be canceled: it has already ended ({fax.Snapshot().Status})"),
        };
    }

    private static IResult TooLate(string message) =>
        TwilioErrors.BadRequest(TwilioErrors.InvalidStateCode, message).ToResult();
}
