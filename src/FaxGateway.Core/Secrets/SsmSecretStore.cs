using System.Collections.Concurrent;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace FaxGateway.Core.Secrets;

/// <summary>
/// Reads secrets from SSM Parameter Store and keeps each for <see cref="CacheFor"/>, so a warm
/// function makes one SSM call per secret every few minutes, not one per fax, and a rotated
/// secret is picked up without a redeploy. The SSM client is created only when a parameter is
/// first needed, so runs that give secrets directly never touch AWS.
/// </summary>
internal sealed class SsmSecretStore(Func<IAmazonSimpleSystemsManagement> ssm, TimeProvider time) : ISecretStore
{
    /// <summary>How long a value read from SSM is reused.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, CachedSecret> _cache = new(StringComparer.Ordinal);
    private readonly Lazy<IAmazonSimpleSystemsManagement> _client = new(ssm);

    public async ValueTask<string> GetAsync(SecretReference secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.ParameterName is not { } name)
        {
            return secret.Value ?? string.Empty;
        }

        var now = time.GetUtcNow();
        if (_cache.TryGetValue(name, out var cached) && cached.Until > now)
        {
            return cached.Value;
        }

        var value = await ReadAsync(name, cancellationToken);
        _cache[name] = new CachedSecret(value, now + CacheFor);
        return value;
    }

    private async Task<string> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.Value.GetParameterAsync(
                new GetParameterRequest { Name = name, WithDecryption = true }, cancellationToken);
            return response.Parameter?.Value
                ?? throw new SecretUnavailableException($"SSM parameter '{name}' has no value");
        }
        catch (ParameterNotFoundException exception)
        {
            throw new SecretUnavailableException($"SSM parameter '{name}' does not exist (create it, or fix the *_PARAMETER setting)", exception);
        }
        catch (AmazonSimpleSystemsManagementException exception)
        {
            throw new SecretUnavailableException($"SSM parameter '{name}' could not be read: {exception.ErrorCode}", exception);
        }
    }

    private sealed record CachedSecret(string Value, DateTimeOffset Until);
}
