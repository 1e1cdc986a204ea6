namespace FaxGateway.Simulator.Api.Dialects;

/// <summary>An answer with one more response header (<c>Retry-After</c>, <c>WWW-Authenticate</c>).</summary>
internal sealed class HeaderResult(IResult inner, string name, string value) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers[name] = value;
        return inner.ExecuteAsync(httpContext);
    }
}
