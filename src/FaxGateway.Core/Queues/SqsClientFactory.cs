using FaxGateway.Core.Hosting;
using Amazon.SQS;
using Microsoft.Extensions.Configuration;

namespace FaxGateway.Core.Queues;

/// <summary>
/// Builds the SQS client. On AWS it is the SDK's default (region and credentials from the
/// environment). With <c>AWS_ENDPOINT_URL_SQS</c> set it talks to that endpoint instead, such
/// as the local emulator, which accepts any credentials.
/// </summary>
public static class SqsClientFactory
{
    /// <summary>The variable naming an SQS endpoint to use instead of AWS's.</summary>
    public const string EndpointVariable = "AWS_ENDPOINT_URL_SQS";

    /// <summary>Creates a client from <paramref name="configuration"/>.</summary>
    public static IAmazonSQS Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = configuration[EndpointVariable];
        return string.IsNullOrWhiteSpace(endpoint) ? new AmazonSQSClient() : ForEndpoint(new Uri(endpoint), configuration["AWS_REGION"]);
    }

    /// <summary>A client for an SQS-compatible endpoint such as the local emulator.</summary>
    public static IAmazonSQS ForEndpoint(Uri endpoint, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new AmazonSQSClient(LocalAwsEndpoint.Credentials, LocalAwsEndpoint.Configure(new AmazonSQSConfig(), endpoint, region));
    }
}
