using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api;

/// <summary>
/// <c>POST /v1/Faxes/{sid}</c> with <c>Status=canceled</c>, the only update Twilio allows (and
/// SignalWire's compatibility API, on its own path). It works until the call is placed; after
/// that Twilio's "may fail if transmission has already started" is what happens, and the fax goes on.
/// </summary>
internal static class CancelFaxEndpoint
{
    public static Task<IResult> HandleAsync(string sid, HttpRequest request, FaxRegistry faxes, CancellationToken cancellationToken) =>
        CancelAsync(faxes.Find(sid, CarrierApi.Twilio), request, faxes, fax => FaxEndpoints.Resource(fax, request), cancellationToken);

    /// <summary>Cancels <paramref name="fax"/> through a Twilio-shaped form, answering with <paramref name="render"/>.</summary>
    public static async Task<IResult> CancelAsync(
        SimulatedFax? fax, HttpRequest request, FaxRegistry faxes, Func<FaxSnapshot, IResult> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(faxes);
        ArgumentNullException.ThrowIfNull(render);
        if (fax is null)
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
            CancelResult.Canceled => render(fax.Snapshot()),
            CancelResult.TooLateSending => TooLate($"Fax {fax.Sid} cannot be canceled: transmission has already started"),
            _ => TooLate($"Fax {fax.Sid} cannot be canceled: it has already ended ({fax.Snapshot().Status})"),
        };
    }

    private static IResult TooLate(string message) =>
        TwilioErrors.BadRequest(TwilioErrors.InvalidStateCode, message).ToResult();
}
