using Amazon.SimpleSystemsManagement;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Retries;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;
using FaxGateway.Core.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaxGateway.Core.Hosting;

/// <summary>The one registration every host (Lambda functions, worker, demo) uses.</summary>
public static class FaxGatewayServiceCollectionExtensions
{
    /// <summary>How long a pooled connection lives, so DNS changes are picked up.</summary>
    private static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Registers the processors, their message handlers, the carrier, the callback sender and
    /// the SQS queue writer. The host registers an <c>IAmazonSQS</c> (see
    /// <see cref="SqsClientFactory"/>) and may replace <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddFaxGateway(this IServiceCollection services, FaxGatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);

        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        // No client-wide timeout: the carrier retry policy times each try and the whole call on the injected clock.
        services.AddHttpClient(CarrierHttp.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = ConnectionLifetime })
            .AddCarrierResilience(settings);
        services.AddHttpClient(HttpWebhookSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = ConnectionLifetime,
            });

        services.TryAddSingleton<IAmazonSimpleSystemsManagement>(_ => new AmazonSimpleSystemsManagementClient());
        services.TryAddSingleton<ISecretStore>(sp => new SsmSecretStore(
            sp.GetRequiredService<IAmazonSimpleSystemsManagement>, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => CarrierServiceCollectionExtensions.CreateCarrier(sp, settings.Carrier));
        services.TryAddSingleton<IWebhookSender>(sp => new HttpWebhookSender(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpWebhookSender.HttpClientName),
            settings,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IGatewayQueues, SqsGatewayQueues>();
        services.TryAddSingleton<IGatewayMetrics>(sp => settings.EmitMetrics
            ? new EmbeddedMetricFormat(Console.Out, settings.Stage, sp.GetRequiredService<TimeProvider>())
            : new NoMetrics());

        services.AddSingleton<FaxProcessor>();
        services.AddSingleton<RetryProcessor>();
        services.AddSingleton<WebhookProcessor>();
        services.AddSingleton<IQueueMessageHandler, FaxMessageHandler>();
        services.AddSingleton<IQueueMessageHandler, RetryMessageHandler>();
        services.AddSingleton<IQueueMessageHandler, WebhookMessageHandler>();
        return services;
    }
}
