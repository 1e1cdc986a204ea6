using Polly;

namespace FaxGateway.Core.Carriers.Resilience;

/// <summary>The carrier retry pipeline, built once per service provider (Polly pipelines are thread-safe).</summary>
internal sealed record CarrierRetryPipeline(ResiliencePipeline<HttpResponseMessage> Pipeline);
