using FaxGateway.Simulator.Api.Telnyx;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Api.Dialects;

/// <summary>Telnyx's API v2 under <c>/v2/faxes</c>: a Bearer API key and <c>{"errors": […]}</c> bodies.</summary>
internal sealed class TelnyxDialect(FaxSimulatorOptions options) : ApiDialect
{
    public const string FaxesPath = "/v2/faxes";

    public override CarrierApi Api => CarrierApi.Telnyx;

    public override bool Owns(PathString path) => path.StartsWithSegments(FaxesPath, StringComparison.OrdinalIgnoreCase);

    public override bool IsCreate(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && string.Equals(request.Path.Value?.TrimEnd('/'), FaxesPath, StringComparison.OrdinalIgnoreCase);

    public override bool IsAuthorized(HttpRequest request) => Credentials.IsBearer(request, options.TelnyxApiKey);

    public override IResult Unauthorized() =>
        TelnyxErrors.Result(StatusCodes.Status401Unauthorized, TelnyxErrors.AuthenticationFailed, "Authentication failed", "The API key is missing or wrong.");

    public override IResult Refuse(RequestFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return fault.StatusCode == StatusCodes.Status429TooManyRequests
            ? WithRetryAfter(fault, TelnyxErrors.Result(fault.StatusCode, TelnyxErrors.TooManyRequests, "Too many requests", "Slow down and try again."))
            : TelnyxErrors.Result(fault.StatusCode, TelnyxErrors.Unexpected, "Unexpected error", "An unexpected error occurred.");
    }
}
