using Amazon.DynamoDBv2;
using Amazon.SQS;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Settings;

namespace FaxGateway.Cli.Worker;

/// <summary>The worker's registration, shared by <c>faxgw run</c>, the demo and the tests.</summary>
internal static class WorkerServiceCollectionExtensions
{
    public static IServiceCollection AddFaxGatewayWorker(
        this IServiceCollection services, FaxGatewaySettings settings, WorkerSettings worker, IAmazonSQS sqs, IAmazonDynamoDB dynamo)
    {
        services.AddSingleton(sqs);
        services.AddSingleton(dynamo);
        services.AddSingleton(worker);
        services.AddFaxGateway(settings);
        services.AddSingleton<GatewayWorker>();
        return services;
    }
}
