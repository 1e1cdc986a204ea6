using Amazon.DynamoDBv2;
using FaxGateway.Core.Hosting;
using Microsoft.Extensions.Configuration;

namespace FaxGateway.Core.Attempts;

/// <summary>
/// Builds the DynamoDB client. On AWS it is the SDK's default (region and credentials from the
/// environment). With <c>AWS_ENDPOINT_URL_DYNAMODB</c> set it talks to that endpoint instead,
/// such as the local emulator, which accepts any credentials.
/// </summary>
public static class DynamoDbClientFactory
{
    /// <summary>The variable naming a DynamoDB endpoint to use instead of AWS's.</summary>
    public const string EndpointVariable = "AWS_ENDPOINT_URL_DYNAMODB";

    /// <summary>Creates a client from <paramref name="configuration"/>.</summary>
    public static IAmazonDynamoDB Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = configuration[EndpointVariable];
        return string.IsNullOrWhiteSpace(endpoint)
            ? new AmazonDynamoDBClient()
            : ForEndpoint(new Uri(endpoint), configuration["AWS_REGION"]);
    }

    /// <summary>A client for a DynamoDB-compatible endpoint such as the local emulator.</summary>
    public static IAmazonDynamoDB ForEndpoint(Uri endpoint, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new AmazonDynamoDBClient(LocalAwsEndpoint.Credentials, LocalAwsEndpoint.Configure(new AmazonDynamoDBConfig(), endpoint, region));
    }
}
