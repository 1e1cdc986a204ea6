using System.Globalization;

namespace FaxGateway.Simulator.Api;

/// <summary>An error answer: HTTP status, Twilio error code and a message that never echoes the media URL or credentials.</summary>
internal sealed record ApiError(int HttpStatus, int Code, string Message)
{
    private const string MoreInfoBase = "https://www.twilio.com/docs/errors/";

    public IResult ToResult() => TypedResults.Json(
        new TwilioErrorBody(Code, Message, MoreInfoBase + Code.ToString(CultureInfo.InvariantCulture), HttpStatus),
        SimulatorJson.Context.TwilioErrorBody,
        statusCode: HttpStatus);
}
