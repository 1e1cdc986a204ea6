using Amazon.DynamoDBv2;
using Amazon.SimpleSystemsManagement;
using FaxGateway.Core.Attempts;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Media;
using FaxGateway.Core.Net;
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
    /// Registers the processors, their message handlers, the carrier, the callback sender, the
    /// SQS queue writer and the attempt store. The host registers an <c>IAmazonSQS</c> (see
    /// <see cref="SqsClientFactory"/>), may register an <c>IAmazonDynamoDB</c> (see
    /// <see cref="DynamoDbClientFactory"/>; the SDK's default otherwise) and may replace
    /// <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddFaxGateway(this IServiceCollection services, FaxGatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);

        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        // HttpClient's own logging writes every request's URL, and the URLs this gateway calls
        // carry presigned signatures, callback paths and carrier ids. The gateway logs its own
        // events instead.
        services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers());

        // No client-wide timeout: the carrier retry policy times each try and the whole call on the injected clock.
        services.AddHttpClient(CarrierHttp.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = ConnectionLifetime })
            .AddCarrierResilience(settings);
        // Callback and PDF URLs come from queue messages: they connect only through the guard,
        // never follow redirects, and time out per request (the sender and preflight set it).
        foreach (var name in new[] { HttpWebhookSender.HttpClientName, HttpMediaPreflight.HttpClientName })
        {
            services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(() => new GuardedConnection(allowLoopback: settings.AllowInsecureUrls).CreateHandler());
        }

        services.TryAddSingleton<IMediaPreflight>(sp => settings.CheckMedia
            ? new HttpMediaPreflight(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpMediaPreflight.HttpClientName),
                settings,
                sp.GetRequiredService<TimeProvider>())
            : new SkippedMediaPreflight());

        services.TryAddSingleton<IAmazonSimpleSystemsManagement>(_ => new AmazonSimpleSystemsManagementClient());
        services.TryAddSingleton<ISecretStore>(sp => new SsmSecretStore(
            sp.GetRequiredService<IAmazonSimpleSystemsManagement>, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => CarrierServiceCollectionExtensions.CreateCarrier(sp, settings.Carrier));
        services.TryAddSingleton<IWebhookSender>(sp => new HttpWebhookSender(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpWebhookSender.HttpClientName),
            settings,
            sp.GetRequiredService<ISecretStore>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IGatewayQueues, SqsGatewayQueues>();
        services.TryAddSingleton<IGatewayMetrics>(sp => settings.EmitMetrics
            ? new EmbeddedMetricFormat(Console.Out, settings.Stage, sp.GetRequiredService<TimeProvider>())
            : new NoMetrics());

        services.TryAddSingleton<IAmazonDynamoDB>(_ => new AmazonDynamoDBClient());
        services.TryAddSingleton<IFaxAttemptStore>(sp => new DynamoDbFaxAttemptStore(
            sp.GetRequiredService<IAmazonDynamoDB>(),
            settings.AttemptTableName,
            settings.AttemptRecordRetention,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IFaultInjector>(NoFaults.Instance);

        services.AddSingleton<FaxProcessor>();
        services.AddSingleton<RetryProcessor>();
        services.AddSingleton<WebhookProcessor>();
        services.AddSingleton<IQueueMessageHandler, FaxMessageHandler>();
        services.AddSingleton<IQueueMessageHandler, RetryMessageHandler>();
        services.AddSingleton<IQueueMessageHandler, WebhookMessageHandler>();
        return services;
    }
}
