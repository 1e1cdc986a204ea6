namespace FaxGateway.Simulator.Api.Dialects;

/// <summary>Every API the simulator speaks; finds the one a request's path belongs to.</summary>
internal sealed class ApiDialects(IEnumerable<ApiDialect> dialects)
{
    private readonly List<ApiDialect> _dialects = [.. dialects];

    public ApiDialect? For(PathString path) => _dialects.FirstOrDefault(dialect => dialect.Owns(path));
}
