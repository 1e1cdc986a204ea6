using Amazon.Runtime;
using Amazon.SQS;
using FaxGateway.Cli.FaultRun;
using FaxGateway.Testing;

namespace FaxGateway.Cli.Tests.FaultRun;

/// <summary>The flaky SQS network, under a real SQS client talking to a loopback server that answers every call with an empty JSON object.</summary>
public sealed class FlakySqsHttpClientFactoryTests : IAsyncLifetime
{
    private LoopbackHttpServer _sqs = null!;

    public async Task InitializeAsync()
    {
        _sqs = await LoopbackHttpServer.StartAsync();
        _sqs.Respond(_ => ScriptedResponse.Json(200, "{}"));
    }

    public async Task DisposeAsync() => await _sqs.DisposeAsync();

    [Fact]
    public async Task RateZero_PassesEveryRequest()
    {
        using var flaky = new FlakySqsHttpClientFactory(0.0, seed: 1);
        using var sqs = Client(flaky);

        await sqs.DeleteMessageAsync(QueueUrl, "receipt");

        Assert.Equal((1, 0, 0), (flaky.Requests, flaky.Injected, flaky.FailedCalls));
        Assert.Single(_sqs.Requests);
    }

    [Fact]
    public async Task RateOne_EveryTryFails_TheCallFailsAfterTheSdksRetries()
    {
        using var flaky = new FlakySqsHttpClientFactory(1.0, seed: 1);
        using var sqs = Client(flaky);

        await Assert.ThrowsAsync<IOException>(() => sqs.DeleteMessageAsync(QueueUrl, "receipt"));

        Assert.Equal(4, flaky.Requests);
        Assert.Equal(4, flaky.Refused + flaky.AnswersLost);
        Assert.Equal(1, flaky.FailedCalls);

        // The requests whose answer was lost did reach the server.
        Assert.Equal(flaky.AnswersLost, _sqs.Requests.Count);
    }

    [Fact]
    public async Task SomeFailures_TheSdksRetriesAbsorbMost()
    {
        using var flaky = new FlakySqsHttpClientFactory(0.3, seed: 2);
        using var sqs = Client(flaky);
        var failedCalls = 0;

        for (var i = 0; i < 40; i++)
        {
            try
            {
                await sqs.DeleteMessageAsync(QueueUrl, $"receipt-{i}");
            }
            catch (IOException)
            {
                // What the SDK throws once every try failed: the HTTP failure's inner exception.
                failedCalls++;
            }
        }

        Assert.True(flaky.Injected > 5, $"{flaky.Injected} injected");
        Assert.Equal(40 - failedCalls + flaky.Injected, flaky.Requests);
        Assert.Equal(failedCalls, flaky.FailedCalls);
        Assert.True(failedCalls < flaky.Injected, $"{failedCalls} calls failed of {flaky.Injected} injected");
    }

    private Uri BaseUrl => _sqs.BaseUrl;

    private string QueueUrl => new Uri(BaseUrl, "000000000000/q").ToString();

    private AmazonSQSClient Client(FlakySqsHttpClientFactory flaky) =>
        new(new BasicAWSCredentials("local", "local"), new AmazonSQSConfig
        {
            ServiceURL = BaseUrl.ToString(),
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 3,
            HttpClientFactory = flaky,
        });
}
