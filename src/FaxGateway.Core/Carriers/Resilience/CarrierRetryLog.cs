using FaxGateway.Core.Logging;
using Microsoft.Extensions.Logging;
using Polly;

namespace FaxGateway.Core.Carriers.Resilience;

/// <summary>Says what a retried try got, by status code or error kind only: never a URL or a body.</summary>
internal static class CarrierRetryLog
{
    public static void Retrying(ILogger logger, Outcome<HttpResponseMessage> outcome, int retry, TimeSpan delay)
    {
        var what = outcome switch
        {
            { Result: { } response } => $"HTTP {(int)response.StatusCode}",
            { Exception: HttpRequestException failure } => $"a failed connection ({failure.HttpRequestError})",
            { Exception: { } exception } => exception.GetType().Name,
            _ => "nothing",
        };
        Log.CarrierCallRetrying(logger, what, retry, CarrierRetryPolicy.MaxRetries, delay);
    }
}
