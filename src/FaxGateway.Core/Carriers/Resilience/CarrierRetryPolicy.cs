using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FaxGateway.Core.Carriers.Resilience;

/// <summary>
/// How every carrier call is retried, inside one fax attempt and without spending one: rate
/// limits (429, honouring <c>Retry-After</c>) and server errors are tried again with exponential
/// backoff and jitter, within a total time budget that leaves the attempt room to poll.
/// </summary>
/// <remarks>
/// A request that creates a fax is retried only when the answer says it was not acted on: 429
/// (Twilio documents such requests as not processed, https://www.twilio.com/docs/api/errors/20429)
/// and 503 (RFC 9110 §15.6.4: the server is currently unable to handle the request), or a
/// connection that never reached the carrier. After a 500, 502, 504 or a timeout the carrier may
/// have created the fax already, and none of these APIs takes an idempotency key, so a blind
/// retry could fax the document twice. Such a create fails the call instead: the attempt throws,
/// SQS delivers the message again after its visibility timeout, and the fax and retry-count are
/// unchanged. Reads and cancels are safe to repeat and are retried on every transient answer.
/// </remarks>
internal static class CarrierRetryPolicy
{
    /// <summary>Retries after the first try; with the delays below this spans about 30 seconds.</summary>
    public const int MaxRetries = 5;

    /// <summary>First backoff delay; it doubles each time, with jitter.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>Longest backoff delay between two tries.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(16);

    /// <summary>Longest one try may take before it counts as failed.</summary>
    public static readonly TimeSpan PerTryTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Most time all tries of one call may take together.</summary>
    public static readonly TimeSpan MaxTotalTime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The total budget for one call: at most <see cref="MaxTotalTime"/>, and at most a quarter
    /// of the attempt, so an attempt with a short timeout (the demo's, say) still has time to poll.
    /// </summary>
    public static TimeSpan BudgetFor(TimeSpan attemptTimeout) =>
        attemptTimeout / 4 < MaxTotalTime ? attemptTimeout / 4 : MaxTotalTime;

    /// <summary>Builds the pipeline: a total timeout around retries around a per-try timeout, all on <paramref name="time"/>.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Build(TimeSpan budget, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(budget)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                MaxDelay = MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, budget, time)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response, time) : null),
                OnRetry = args =>
                {
                    CarrierRetryLog.Retrying(logger, args.Outcome, args.AttemptNumber + 1, args.RetryDelay);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(PerTryTimeout)
            .Build();
    }

    /// <summary>Whether a try's outcome is worth another try; see the remarks on creates.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan budget, TimeProvider time)
    {
        var createsFax = context.Properties.GetValue(CarrierRetryContext.CreatesFax, false);
        return outcome switch
        {
            { Exception: HttpRequestException failure } => !createsFax || NeverReachedCarrier(failure),
            { Exception: TimeoutRejectedException } => !createsFax,
            { Result: { } response } => ShouldRetry(response, createsFax, budget, time),
            _ => false,
        };
    }

    private static bool ShouldRetry(HttpResponseMessage response, bool createsFax, TimeSpan budget, TimeProvider time) => response.StatusCode switch
    {
        // A Retry-After longer than the whole budget cannot be honoured: fail now, clearly.
        HttpStatusCode.TooManyRequests => RetryAfter(response, time) is not { } wait || wait <= budget,
        HttpStatusCode.ServiceUnavailable => true,
        HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => !createsFax,
        _ => false,
    };

    private static bool NeverReachedCarrier(HttpRequestException failure) =>
        failure.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;

    /// <summary>The carrier's own <c>Retry-After</c> (seconds or a date), or null to use the backoff.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } positive && positive > TimeSpan.Zero ? positive : null;
    }
}
