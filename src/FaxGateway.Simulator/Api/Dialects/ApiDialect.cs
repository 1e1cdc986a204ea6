using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api.Dialects;

/// <summary>
/// What differs between the carrier APIs before a request reaches its endpoint: the paths an
/// API owns, its auth scheme and credentials, and how it words a refusal (401, 429, 5xx).
/// </summary>
internal abstract class ApiDialect
{
    /// <summary>The API this dialect speaks for.</summary>
    public abstract CarrierApi Api { get; }

    /// <summary>Whether <paramref name="path"/> belongs to this API.</summary>
    public abstract bool Owns(PathString path);

    /// <summary>Whether <paramref name="request"/> creates a fax.</summary>
    public abstract bool IsCreate(HttpRequest request);

    /// <summary>Whether <paramref name="request"/> carries this API's credentials.</summary>
    public abstract bool IsAuthorized(HttpRequest request);

    /// <summary>This API's 401 answer, which names no credential.</summary>
    public abstract IResult Unauthorized();

    /// <summary>This API's answer for a 429 or 5xx <paramref name="fault"/>.</summary>
    public abstract IResult Refuse(RequestFault fault);

    /// <summary>The <c>Retry-After</c> header of a 429, in whole seconds (at least 1).</summary>
    protected static IResult WithRetryAfter(RequestFault fault, IResult result) =>
        fault.RetryAfter is { } wait
            ? new HeaderResult(result, "Retry-After", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : result;
}
