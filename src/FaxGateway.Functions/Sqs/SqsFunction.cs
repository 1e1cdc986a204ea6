using Amazon.SQS;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Functions.Sqs;

/// <summary>
/// What the three entry points share: find the handler for one queue and adapt the event to
/// it. Each entry point declares its own public <c>HandleAsync</c>, the method its Lambda
/// handler string names.
/// </summary>
public abstract class SqsFunction
{
    private readonly SqsEventHandler _handler;

    private protected SqsFunction(IServiceProvider services, QueueRole queue)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.GetRequiredService<FaxGatewaySettings>();
        _handler = new SqsEventHandler(
            services.HandlerFor(queue),
            services.GetRequiredService<IAmazonSQS>(),
            queue.UrlIn(settings),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(GetType()));
    }

    private protected Task<Stream> HandleEventAsync(Stream sqsEvent) =>
        _handler.HandleAsync(sqsEvent, CancellationToken.None);
}
