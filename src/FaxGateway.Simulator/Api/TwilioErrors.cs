namespace FaxGateway.Simulator.Api;

/// <summary>
/// The error answers the API gives. 20003, 20404 and 21211 are Twilio's documented codes for
/// these cases; the others are the nearest Twilio codes we know of, chosen for the simulator
/// and named once here.
/// </summary>
internal static class TwilioErrors
{
    /// <summary>Twilio 20003: missing or wrong Basic credentials.</summary>
    public const int AuthenticateCode = 20003;

    /// <summary>Twilio 20404: no such resource.</summary>
    public const int NotFoundCode = 20404;

    /// <summary>A parameter with a value the API does not take (simulator's choice of code).</summary>
    public const int InvalidParameterCode = 20001;

    /// <summary>Twilio 21211: <c>To</c> is not a valid phone number.</summary>
    public const int InvalidToCode = 21211;

    /// <summary>Twilio 21212: <c>From</c> is not a valid phone number.</summary>
    public const int InvalidFromCode = 21212;

    /// <summary>Twilio 21603: <c>From</c> is missing.</summary>
    public const int FromRequiredCode = 21603;

    /// <summary>Twilio 21604: <c>To</c> is missing.</summary>
    public const int ToRequiredCode = 21604;

    /// <summary>Twilio 21620: the media URL is missing or not an absolute http(s) URL.</summary>
    public const int InvalidMediaUrlCode = 21620;

    /// <summary>Twilio 21220 "Invalid call state": the fax has moved past the point where it can be canceled.</summary>
    public const int InvalidStateCode = 21220;

    public static ApiError Unauthorized() => new(StatusCodes.Status401Unauthorized, AuthenticateCode, "Authenticate");

    public static ApiError NotFound(string path) =>
        new(StatusCodes.Status404NotFound, NotFoundCode, $"The requested resource {path} was not found");

    public static ApiError BadRequest(int code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
