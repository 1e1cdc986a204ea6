using FaxGateway.Core.Attempts;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Functions;

/// <summary>
/// The service container, built once per Lambda execution environment (cold start) and shared
/// by invocations: HTTP and SQS clients live as long as the environment. Settings are bound and
/// validated here, so a missing or malformed variable fails the cold start with one message
/// naming every problem.
/// </summary>
public static class FunctionServices
{
    private static readonly Lazy<IServiceProvider> Shared = new(() => Build(FromEnvironment()));

    /// <summary>The container for this execution environment.</summary>
    public static IServiceProvider Instance => Shared.Value;

    /// <summary>Builds a container from <paramref name="configuration"/>; tests call this directly.</summary>
    public static IServiceProvider Build(IConfiguration configuration, Action<IServiceCollection>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = FaxGatewaySettings.Load(configuration);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddJsonConsole(options => options.IncludeScopes = true)
            .SetMinimumLevel(LogLevel.Information));
        services.AddSingleton(_ => SqsClientFactory.Create(configuration));
        services.AddSingleton(_ => DynamoDbClientFactory.Create(configuration));
        services.AddFaxGateway(settings);
        overrides?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>The handler for <paramref name="queue"/>.</summary>
    public static IQueueMessageHandler HandlerFor(this IServiceProvider services, QueueRole queue) =>
        services.GetServices<IQueueMessageHandler>().Single(handler => handler.Queue == queue);

    private static IConfiguration FromEnvironment() =>
        new ConfigurationBuilder().AddEnvironmentVariables().Build();
}
