using System.Collections.Concurrent;
using Amazon.Runtime;

namespace FaxGateway.Cli.FaultRun;

/// <summary>
/// The HTTP client of an SQS client whose network fails a share of requests, for the
/// fault-injection run (set it as <c>AmazonSQSConfig.HttpClientFactory</c>). Half the failures
/// never reach SQS (a refused connection); the other half reach it, are acted on, and lose the
/// answer (a connection reset before the response): a message sent, received or deleted while
/// the caller is told it failed. Both throw <see cref="HttpRequestException"/>, which the SDK's
/// own retries (<c>MaxErrorRetry</c>) absorb unless every try of one call fails; each call is
/// followed by its <c>amz-sdk-invocation-id</c> header to count those that reach the gateway.
/// </summary>
internal sealed class FlakySqsHttpClientFactory : HttpClientFactory, IDisposable
{
    private const string InvocationHeader = "amz-sdk-invocation-id";
    private readonly double _rate;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private readonly HttpClient _client;

    // The SDK calls whose latest try failed, by invocation id; a later try that succeeds takes its call out.
    private readonly ConcurrentDictionary<string, byte> _failing = new(StringComparer.Ordinal);
    private int _requests;
    private int _refused;
    private int _answersLost;

    public FlakySqsHttpClientFactory(double rate, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1.0);
        _rate = rate;
        _random = new Random(seed);
        _client = new HttpClient(new FlakyHandler(this, new SocketsHttpHandler()));
    }

    /// <summary>HTTP requests the SQS client made, SDK retries included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests failed before they reached SQS.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Requests SQS acted on whose answer was thrown away.</summary>
    public int AnswersLost => Volatile.Read(ref _answersLost);

    /// <summary>All injected failures.</summary>
    public int Injected => Refused + AnswersLost;

    /// <summary>SDK calls whose every try failed, so the caller saw the failure; the rest were absorbed by the SDK's retries.</summary>
    public int FailedCalls => _failing.Count;

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => _client;

    /// <summary>One client for every SQS client: the factory owns it.</summary>
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

    public void Dispose() => _client.Dispose();

    /// <summary>What happens to the next request: nothing, refused, or its answer lost.</summary>
    private Failure Draw()
    {
        lock (_gate)
        {
            var draw = _random.NextDouble();
            return draw >= _rate ? Failure.None : draw < _rate / 2 ? Failure.Refused : Failure.AnswerLost;
        }
    }

    private void Count(HttpRequestMessage request, Failure failure)
    {
        Interlocked.Increment(ref _requests);
        if (failure == Failure.Refused)
        {
            Interlocked.Increment(ref _refused);
        }
        else if (failure == Failure.AnswerLost)
        {
            Interlocked.Increment(ref _answersLost);
        }

        if (request.Headers.TryGetValues(InvocationHeader, out var ids) && ids.FirstOrDefault() is { } id)
        {
            if (failure == Failure.None)
            {
                _failing.TryRemove(id, out _);
            }
            else
            {
                _failing[id] = 0;
            }
        }
    }

    private enum Failure
    {
        None,
        Refused,
        AnswerLost,
    }

    private sealed class FlakyHandler(FlakySqsHttpClientFactory factory, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var failure = factory.Draw();
            factory.Count(request, failure);
            if (failure == Failure.Refused)
            {
                throw new HttpRequestException(
                    HttpRequestError.ConnectionError, "Injected fault: the connection to SQS was refused", new IOException("Connection refused"));
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (failure == Failure.None)
            {
                return response;
            }

            response.Dispose();
            throw new HttpRequestException(
                HttpRequestError.ResponseEnded, "Injected fault: the connection to SQS was reset before the answer", new IOException("Connection reset by peer"));
        }
    }
}
