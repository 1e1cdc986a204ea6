using FaxGateway.Core.Attempts;
using FaxGateway.Functions;
using FaxGateway.Simulator.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FaxGateway.IntegrationTests.Attempts;

/// <summary>
/// The three Lambda functions, fed by an emulated event source mapping, with a run limit
/// (<c>FAX_ATTEMPT_TIMEOUT</c>) far shorter than a long fax: the fax outlasts several runs and
/// is still sent once, its number stays locked, and nothing reaches a dead-letter queue.
/// </summary>
public sealed class LambdaLongFaxTests
{
    [Fact]
    public async Task FortyPageFaxOnLambda_WatchedOverSeveralInvocations_SentOnceWithOneCallback()
    {
        const string number = "+16175550721";
        await using var gateway = await GatewayHarness.StartAsync(startWorker: false);
        var services = FunctionServices.Build(await ConfigurationAsync(gateway), services =>
            services.RemoveAll<ILoggerProvider>());
        await using var fax = new LambdaEventSource(gateway.Sqs, gateway.Queues.Fax, new FaxProcessorFunction(services).HandleAsync).Start();
        await using var retry = new LambdaEventSource(gateway.Sqs, gateway.Queues.Retry, new RetryProcessorFunction(services).HandleAsync).Start();
        await using var webhook = new LambdaEventSource(gateway.Sqs, gateway.Queues.Webhook, new WebhookProcessorFunction(services).HandleAsync).Start();

        await gateway.SendFaxAsync("lambda-forty-pages", number, pages: 40);
        await gateway.SendFaxAsync("lambda-next", number, pages: 1);
        var longCallbacks = await gateway.WaitForFinalCallbackAsync("lambda-forty-pages", TimeSpan.FromSeconds(90));
        var nextCallbacks = await gateway.WaitForFinalCallbackAsync("lambda-next", TimeSpan.FromSeconds(60));

        Assert.Equal(["sent"], longCallbacks.Select(c => c.Status));
        Assert.Equal(["sent"], nextCallbacks.Select(c => c.Status));
        var calls = gateway.Simulator.Record.CallsTo(number);
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].StartedAt >= calls[0].EndedAt, "the next fax to the number started while the long one was still on the line");
        Assert.True(fax.Counts.Failures >= 2, $"the 40-page fax should have been handed on at least twice, not {fax.Counts.Failures} times");
        Assert.Equal(0, await gateway.CountAsync(gateway.Queues.FaxDeadLetter));
    }

    private static async Task<IConfiguration> ConfigurationAsync(GatewayHarness gateway)
    {
        var settings = gateway.Settings;
        var variables = new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_SQS"] = (await SharedEmulator.GetAsync()).Endpoint.ToString(),
            [DynamoDbClientFactory.EndpointVariable] = (await SharedDynamoDb.GetAsync()).Endpoint.ToString(),
            ["AWS_REGION"] = "us-east-1",
            ["QUEUE_URL_FAX"] = settings.FaxQueueUrl.ToString(),
            ["QUEUE_URL_RETRY"] = settings.RetryQueueUrl.ToString(),
            ["QUEUE_URL_WEBHOOK"] = settings.WebhookQueueUrl.ToString(),
            ["QUEUE_URL_FAX_DLQ"] = settings.FaxDeadLetterQueueUrl.ToString(),
            ["QUEUE_URL_WEBHOOK_DLQ"] = settings.WebhookDeadLetterQueueUrl.ToString(),
            ["TABLE_NAME_ATTEMPTS"] = settings.AttemptTableName,
            ["TWILIO_SID"] = FaxSimulatorOptions.DefaultAccountSid,
            ["TWILIO_AUTH_TOKEN"] = FaxSimulatorOptions.DefaultAuthToken,
            ["TWILIO_PHONE_NUMBER"] = "+16175550100",
            ["TWILIO_FAX_BASE_URL"] = gateway.Simulator.BaseUrl.ToString(),
            ["ALLOW_INSECURE_URLS"] = "true",
            ["BACKOFF_DELAY"] = "1",
            ["WEBHOOK_RETRY_SCHEDULE"] = "1",

            // Time runs 600 times faster in the simulator: a page takes 0.1 s, the 40 pages 4 s,
            // and one run of the function watches for 1.4 s (840 s / 600) before handing on.
            ["FAX_POLL_INTERVAL"] = "0.025",
            ["FAX_PAGE_SECONDS"] = "0.1",
            ["FAX_ATTEMPT_TIMEOUT"] = "1.4",
        };
        return new ConfigurationBuilder().AddInMemoryCollection(variables).Build();
    }
}
