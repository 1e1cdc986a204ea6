using FaxGateway.Core.Hosting;
using FaxGateway.Functions.Sqs;

namespace FaxGateway.Functions;

/// <summary>
/// Lambda entry point for the webhook queue
/// (handler <c>FaxGateway.Functions::FaxGateway.Functions.WebhookProcessorFunction::HandleAsync</c>).
/// The runtime uses the parameterless constructor, once per execution environment.
/// </summary>
public sealed class WebhookProcessorFunction(IServiceProvider services) : SqsFunction(services, QueueRole.Webhook)
{
    public WebhookProcessorFunction()
        : this(FunctionServices.Instance)
    {
    }

    /// <summary>Takes the SQS event JSON and returns the partial-batch response JSON.</summary>
    public Task<Stream> HandleAsync(Stream sqsEvent) => HandleEventAsync(sqsEvent);
}
