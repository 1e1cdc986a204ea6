using Polly;

namespace FaxGateway.Core.Carriers.Resilience;

/// <summary>
/// Runs every carrier request through <see cref="CarrierRetryPolicy"/>: one handler in the
/// carrier client's chain, so every adapter gets the same retries without knowing of them.
/// </summary>
internal sealed class CarrierResilienceHandler(CarrierRetryPipeline pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CarrierRetryContext.CreatesFax, CarrierRequests.IsCreatingFax(request));
        try
        {
            return await pipeline.Pipeline.ExecuteAsync(
                static (context, state) => new ValueTask<HttpResponseMessage>(state.Handler.SendOnceAsync(state.Request, context.CancellationToken)),
                context,
                (Handler: this, Request: request));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
