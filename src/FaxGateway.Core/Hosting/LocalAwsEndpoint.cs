using Amazon.Runtime;

namespace FaxGateway.Core.Hosting;

/// <summary>
/// What the SQS and DynamoDB clients share when they talk to a local emulator instead of AWS:
/// the endpoint, a signing region, a few SDK retries, and fixed credentials, which the
/// emulators accept and which keep a developer's real keys out of them.
/// </summary>
public static class LocalAwsEndpoint
{
    /// <summary>The credentials every emulator client signs with.</summary>
    public static AWSCredentials Credentials { get; } = new BasicAWSCredentials("local", "local");

    /// <summary>Points <paramref name="config"/> at <paramref name="endpoint"/>, signing for <paramref name="region"/> (us-east-1 when unset).</summary>
    public static T Configure<T>(T config, Uri endpoint, string? region)
        where T : ClientConfig
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(endpoint);
        config.ServiceURL = endpoint.ToString();
        config.AuthenticationRegion = string.IsNullOrWhiteSpace(region) ? "us-east-1" : region;
        config.MaxErrorRetry = 3;
        return config;
    }
}
