using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Api.Dialects;

/// <summary>Twilio's fax API under <c>/v1</c>: Basic auth with the account SID and auth token, Twilio's error body.</summary>
internal sealed class TwilioDialect(FaxSimulatorOptions options) : ApiDialect
{
    private const string PathPrefix = "/v1";

    /// <summary>Twilio 20429 "Too Many Requests" (https://www.twilio.com/docs/api/errors/20429).</summary>
    public const int TooManyRequestsCode = 20429;

    public override CarrierApi Api => CarrierApi.Twilio;

    public override bool Owns(PathString path) => path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase);

    public override bool IsCreate(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && string.Equals(request.Path.Value?.TrimEnd('/'), "/" + FaxUrls.FaxesPath, StringComparison.OrdinalIgnoreCase);

    public override bool IsAuthorized(HttpRequest request) => Credentials.IsBasic(request, options.AccountSid, options.AuthToken);

    public override IResult Unauthorized() =>
        new HeaderResult(TwilioErrors.Unauthorized().ToResult(), "WWW-Authenticate", "Basic realm=\"Twilio API\"");

    public override IResult Refuse(RequestFault fault) => TwilioShapedRefusal(fault);

    /// <summary>A 429 or 5xx in Twilio's error body; SignalWire's compatibility API answers in the same shape.</summary>
    public static IResult TwilioShapedRefusal(RequestFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return fault.StatusCode == StatusCodes.Status429TooManyRequests
            ? WithRetryAfter(fault, new ApiError(fault.StatusCode, TooManyRequestsCode, "Too Many Requests").ToResult())
            : new ApiError(fault.StatusCode, FaxErrorCodes.SimulatorFault, "Internal Server Error").ToResult();
    }
}
