namespace FaxGateway.Core.Secrets;

/// <summary>Reads secrets at run time, so none is baked into a function's environment at deploy time.</summary>
public interface ISecretStore
{
    /// <summary>The secret's value; throws <see cref="SecretUnavailableException"/> naming the parameter if it cannot be read.</summary>
    ValueTask<string> GetAsync(SecretReference secret, CancellationToken cancellationToken);
}
