using FaxGateway.Simulator.Api.Sinch;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Api.Dialects;

/// <summary>
/// Sinch Fax v3 under <c>/v3/projects/{projectId}</c>: Basic auth with the access key id and
/// secret, the project in the path, an empty 401 ("wrong API key, secret, or project") and
/// <c>{"code", "error", "message"}</c> bodies otherwise.
/// </summary>
internal sealed class SinchDialect(FaxSimulatorOptions options) : ApiDialect
{
    public const string ProjectsPrefix = "/v3/projects/";

    public override CarrierApi Api => CarrierApi.Sinch;

    public override bool Owns(PathString path) => path.Value?.StartsWith(ProjectsPrefix, StringComparison.OrdinalIgnoreCase) == true;

    public override bool IsCreate(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Value?.TrimEnd('/').EndsWith("/faxes", StringComparison.OrdinalIgnoreCase) == true;

    public override bool IsAuthorized(HttpRequest request) =>
        Credentials.IsBasic(request, options.SinchKeyId, options.SinchKeySecret)
        && string.Equals(Credentials.SegmentAfter(request.Path, ProjectsPrefix), options.SinchProjectId, StringComparison.Ordinal);

    public override IResult Unauthorized() => TypedResults.StatusCode(StatusCodes.Status401Unauthorized);

    public override IResult Refuse(RequestFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return fault.StatusCode == StatusCodes.Status429TooManyRequests
            ? WithRetryAfter(fault, SinchErrors.Result(fault.StatusCode, "Too many requests", "Rate limit exceeded, please back off and try again later."))
            : SinchErrors.Result(fault.StatusCode, "Internal service error", "Most likely a temporary issue, please try again later.");
    }
}
