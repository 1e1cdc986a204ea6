using System.Reflection;
using System.Text;
using System.Text.Json;
using Amazon.SQS;
using FaxGateway.Core.Attempts;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Media;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Serialization;
using FaxGateway.Core.Settings;
using FaxGateway.Core.Webhooks;
using FaxGateway.Testing;

namespace FaxGateway.Functions.Tests;

/// <summary>Real-shaped SQS event JSON fed through the Stream handlers.</summary>
public sealed class FunctionTests
{
    private readonly Mock<IGatewayQueues> _queues = new(MockBehavior.Strict);
    private readonly Mock<IFaxCarrier> _carrier = new(MockBehavior.Strict);
    private readonly Mock<IWebhookSender> _sender = new(MockBehavior.Strict);
    private readonly Mock<IAmazonSQS> _sqs = new();

    [Fact]
    public async Task FaxProcessor_DeliveredFax_ReportsNoFailures()
    {
        _carrier.Setup(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CarrierFax("FX1", CarrierFaxState.Delivered, "delivered"));
        _queues.Setup(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var response = await InvokeAsync(new FaxProcessorFunction(CreateServices()).HandleAsync, Builders.SqsEvent(FaxJson(), fifo: true));

        Assert.Equal("""{"batchItemFailures":[]}""", response);
        _queues.Verify(q => q.EnqueueWebhookAsync(It.Is<Webhook>(w => w.Payload.Status == FaxStatus.Sent), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task FaxProcessor_CarrierDown_ReportsTheRecordAsFailed()
    {
        _carrier.Setup(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CarrierException("The fax API refused to send a fax: HTTP 503"));

        var response = await InvokeAsync(new FaxProcessorFunction(CreateServices()).HandleAsync, Builders.SqsEvent(FaxJson(), messageId: "m-42", fifo: true));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m-42"}]}""", response);
    }

    [Fact]
    public async Task FaxProcessor_InvalidRequestWithCallback_AnswersByPermFailAndSucceeds()
    {
        _queues.Setup(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var body = """{"fax_id":"abc123","to":"call me","pdf_url":"https://x/a.pdf","callback_url":"https://y/cb"}""";

        var response = await InvokeAsync(new FaxProcessorFunction(CreateServices()).HandleAsync, Builders.SqsEvent(body, fifo: true));

        Assert.Equal("""{"batchItemFailures":[]}""", response);
        _queues.Verify(q => q.EnqueueWebhookAsync(
            It.Is<Webhook>(w => w.Payload.Message == "Invalid fax request: field 'to' must not contain letters"),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task FaxProcessor_TwoRecordsFirstFails_FailsBothToKeepFifoOrder()
    {
        _carrier.Setup(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CarrierException("down"));
        var first = JsonDocument.Parse(Builders.SqsEvent(FaxJson(), messageId: "m-1", fifo: true)).RootElement.GetProperty("Records")[0];
        var second = JsonDocument.Parse(Builders.SqsEvent(FaxJson(), messageId: "m-2", fifo: true)).RootElement.GetProperty("Records")[0];
        var sqsEvent = JsonSerializer.Serialize(new { Records = new[] { first, second } });

        var response = await InvokeAsync(new FaxProcessorFunction(CreateServices()).HandleAsync, sqsEvent);

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m-1"},{"itemIdentifier":"m-2"}]}""", response);
        _carrier.Verify(c => c.SendAsync(It.IsAny<FaxSendRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RetryProcessor_DueRetry_RequeuesTheFax()
    {
        _queues.Setup(q => q.EnqueueFaxAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var response = await InvokeAsync(new RetryProcessorFunction(CreateServices()).HandleAsync, Builders.SqsEvent(FaxJson(retryCount: 3)));

        Assert.Equal("""{"batchItemFailures":[]}""", response);
        var expected = Builders.Fax(retryCount: 3);
        _queues.Verify(q => q.EnqueueFaxAsync(expected, It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData(200, """{"batchItemFailures":[]}""")]
    [InlineData(500, """{"batchItemFailures":[{"itemIdentifier":"m-7"}]}""")]
    public async Task WebhookProcessor_ReportsFailureUnlessReceiverAnswers2xx(int status, string expected)
    {
        _sender.Setup(s => s.SendAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>())).ReturnsAsync(WebhookDeliveryResult.Answered(status));
        var webhook = new Webhook(Builders.CallbackUrl, new WebhookPayload("abc123", FaxStatus.Sent, FaxMessages.Sent, 1700000000));

        var response = await InvokeAsync(
            new WebhookProcessorFunction(CreateServices()).HandleAsync,
            Builders.SqsEvent(JsonSerializer.Serialize(webhook, GatewayJson.Webhook), messageId: "m-7"));

        Assert.Equal(expected, response);
    }

    [Fact]
    public async Task WebhookProcessor_ReceiverFails_HidesTheMessageForTheScheduledDelay()
    {
        _sender.Setup(s => s.SendAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>())).ReturnsAsync(WebhookDeliveryResult.Answered(503));
        var webhook = new Webhook(Builders.CallbackUrl, new WebhookPayload("abc123", FaxStatus.Sent, FaxMessages.Sent, 1700000000));

        await InvokeAsync(
            new WebhookProcessorFunction(CreateServices()).HandleAsync,
            Builders.SqsEvent(JsonSerializer.Serialize(webhook, GatewayJson.Webhook), messageId: "m-8", receiveCount: 3));

        _sqs.Verify(s => s.ChangeMessageVisibilityAsync(
            Builders.Settings().WebhookQueueUrl.ToString(), Builders.ReceiptHandle, 300, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public void Build_MissingSettings_FailsColdStartNamingThem()
    {
        var variables = Builders.Environment();
        variables.Remove("QUEUE_URL_RETRY");
        variables["MAX_FAX_ATTEMPTS"] = "lots";

        var error = Assert.Throws<SettingsException>(() => FunctionServices.Build(Builders.Configuration(variables)));

        Assert.Equal(
            ["MAX_FAX_ATTEMPTS must be a whole number from 1 to 1000 (got 'lots')", "QUEUE_URL_RETRY is required but not set"],
            error.Problems);
    }

    [Theory]
    [InlineData(900, 840, 1200, null)]
    [InlineData(900, 840, 900, "the fax queue's visibility timeout (900 s) must be longer than the function's timeout (900 s), or a fax in progress is handed out again and sent twice")]
    [InlineData(900, 890, 1200, "FAX_ATTEMPT_TIMEOUT (890 s) must end at least 30 s before the function's timeout (900 s), or a fax in progress is killed")]
    public void FaxProcessor_FunctionTimeoutGiven_RefusesToStartWithUnsafeTimeouts(int function, int attempt, int visibility, string? problem)
    {
        _sqs.Setup(s => s.GetQueueAttributesAsync(It.IsAny<Amazon.SQS.Model.GetQueueAttributesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Amazon.SQS.Model.GetQueueAttributesResponse { Attributes = new() { ["VisibilityTimeout"] = visibility.ToString(System.Globalization.CultureInfo.InvariantCulture) } });
        var variables = Builders.Environment();
        variables["FAX_PROCESSOR_TIMEOUT"] = function.ToString(System.Globalization.CultureInfo.InvariantCulture);
        variables["FAX_ATTEMPT_TIMEOUT"] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var error = Record.Exception(() => new FaxProcessorFunction(CreateServices(variables)));

        Assert.Equal(problem, (error as SettingsException)?.Problems.Single());
    }

    [Theory]
    [InlineData(20, null)]
    [InlineData(16, "the fax queue's redrive count (16) must be more than the runs of the longest fax (14: FAX_ATTEMPT_MAX_DURATION over FAX_ATTEMPT_TIMEOUT) plus FAX_MAX_FAILED_RECEIVES (3), or SQS moves a long fax still in progress to the dead-letter queue")]
    public void FaxProcessor_FunctionTimeoutGiven_RefusesARedriveCountALongFaxWouldExceed(int maxReceiveCount, string? problem)
    {
        _sqs.Setup(s => s.GetQueueAttributesAsync(It.IsAny<Amazon.SQS.Model.GetQueueAttributesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Amazon.SQS.Model.GetQueueAttributesResponse
            {
                Attributes = new()
                {
                    ["VisibilityTimeout"] = "1200",
                    ["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"arn:aws:sqs:us-west-2:123456789012:fax-gateway-prod-fax-dlq.fifo","maxReceiveCount":{{maxReceiveCount}}}""",
                },
            });
        var variables = Builders.Environment();
        variables["FAX_PROCESSOR_TIMEOUT"] = "900";

        var error = Record.Exception(() => new FaxProcessorFunction(CreateServices(variables)));

        Assert.Equal(problem, (error as SettingsException)?.Problems.Single());
    }

    [Theory]
    [InlineData(typeof(FaxProcessorFunction))]
    [InlineData(typeof(RetryProcessorFunction))]
    [InlineData(typeof(WebhookProcessorFunction))]
    public void EntryPoint_HasWhatTheManagedRuntimeNeeds(Type function)
    {
        var handler = function.GetMethod("HandleAsync", BindingFlags.Public | BindingFlags.Instance, [typeof(Stream)]);

        Assert.NotNull(function.GetConstructor(Type.EmptyTypes));
        Assert.NotNull(handler);
        Assert.Equal(typeof(Task<Stream>), handler.ReturnType);
        Assert.Equal(function, handler.DeclaringType);
    }

    private IServiceProvider CreateServices(Dictionary<string, string?>? variables = null) =>
        FunctionServices.Build(Builders.Configuration(variables ?? Builders.Environment()), services =>
        {
            services.AddSingleton(_queues.Object);
            services.AddSingleton(_carrier.Object);
            services.AddSingleton(_sender.Object);
            services.AddSingleton(_sqs.Object);
            services.AddSingleton<IFaxAttemptStore>(new InMemoryFaxAttemptStore());
            services.AddSingleton(Mock.Of<IMediaPreflight>(m =>
                m.CheckAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>()) == Task.FromResult(MediaCheck.Usable(1))));
        });

    private static string FaxJson(int retryCount = 0) => JsonSerializer.Serialize(Builders.Fax(retryCount: retryCount), GatewayJson.Fax);

    private static async Task<string> InvokeAsync(Func<Stream, Task<Stream>> handle, string sqsEvent)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(sqsEvent));
        var output = await handle(input);
        using var reader = new StreamReader(output);
        return await reader.ReadToEndAsync();
    }
}
