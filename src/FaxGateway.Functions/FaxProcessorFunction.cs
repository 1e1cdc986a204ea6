using Amazon.SQS;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Settings;
using FaxGateway.Functions.Sqs;
using Microsoft.Extensions.DependencyInjection;

namespace FaxGateway.Functions;

/// <summary>
/// Lambda entry point for the fax queue
/// (handler <c>FaxGateway.Functions::FaxGateway.Functions.FaxProcessorFunction::HandleAsync</c>).
/// The runtime uses the parameterless constructor, once per execution environment. When the
/// stack says how long the function may run (<c>FAX_PROCESSOR_TIMEOUT</c>), the constructor
/// refuses to start unless that timeout and the fax queue's visibility timeout are safe, so a
/// misconfigured stack fails at its first cold start instead of sending faxes twice.
/// </summary>
public sealed class FaxProcessorFunction : SqsFunction
{
    public FaxProcessorFunction()
        : this(FunctionServices.Instance)
    {
    }

    public FaxProcessorFunction(IServiceProvider services)
        : base(services, QueueRole.Fax)
    {
        var settings = services.GetRequiredService<FaxGatewaySettings>();
        if (settings.FunctionTimeout is { } timeout)
        {
            // Lambda's init phase has no synchronization context, so blocking here is safe.
            FaxProcessorTimeouts.VerifyAsync(services.GetRequiredService<IAmazonSQS>(), settings, timeout, CancellationToken.None)
                .GetAwaiter().GetResult();
        }
    }

    /// <summary>Takes the SQS event JSON and returns the partial-batch response JSON.</summary>
    public Task<Stream> HandleAsync(Stream sqsEvent) => HandleEventAsync(sqsEvent);
}
