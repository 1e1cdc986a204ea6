using FaxGateway.Core.Hosting;
using FaxGateway.Functions.Sqs;

namespace FaxGateway.Functions;

/// <summary>
/// Lambda entry point for the retry queue
/// (handler <c>FaxGateway.Functions::FaxGateway.Functions.RetryProcessorFunction::HandleAsync</c>).
/// The runtime uses the parameterless constructor, once per execution environment.
/// </summary>
public sealed class RetryProcessorFunction(IServiceProvider services) : SqsFunction(services, QueueRole.Retry)
{
    public RetryProcessorFunction()
        : this(FunctionServices.Instance)
    {
    }

    /// <summary>Takes the SQS event JSON and returns the partial-batch response JSON.</summary>
    public Task<Stream> HandleAsync(Stream sqsEvent) => HandleEventAsync(sqsEvent);
}
