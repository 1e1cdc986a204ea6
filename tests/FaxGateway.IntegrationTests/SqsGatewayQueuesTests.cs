using FaxGateway.Core.Hosting;
using FaxGateway.Core.Queues;
using FaxGateway.Testing;

namespace FaxGateway.IntegrationTests;

/// <summary>The SQS adapter against the emulator: the shapes of the original's writes.</summary>
public sealed class SqsGatewayQueuesTests
{
    [Fact]
    public async Task EnqueueFaxAsync_GroupsByDestinationAndDeduplicatesByContent()
    {
        await using var gateway = await GatewayHarness.StartAsync(startWorker: false);
        var queues = CreateQueues(gateway);
        var fax = Builders.Fax("dedup", to: "+16175550501") with { PdfUrl = "https://example.com/x.pdf" };

        await queues.EnqueueFaxAsync(fax, CancellationToken.None);
        await queues.EnqueueFaxAsync(fax, CancellationToken.None);
        var messages = await gateway.ReceiveAllAsync(gateway.Queues.Fax);

        var message = Assert.Single(messages);
        Assert.Equal("+16175550501", message.Attributes["MessageGroupId"]);
        Assert.Equal("""{"fax_id":"dedup","to":"+16175550501","pdf_url":"https://example.com/x.pdf","callback_url":"https://app.example.com/fax-callback?token=callback-secret","retry_count":0}""", message.Body);
    }

    [Fact]
    public async Task EnqueueRetryAsync_KeepsTheFaxHiddenForTheDelay()
    {
        await using var gateway = await GatewayHarness.StartAsync(startWorker: false);
        var queues = CreateQueues(gateway);

        await queues.EnqueueRetryAsync(Builders.Fax("later"), TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.Empty(await gateway.ReceiveAllAsync(gateway.Queues.Retry));
        var received = new List<Amazon.SQS.Model.Message>();
        await Eventually.ThatAsync(
            async () =>
            {
                received.AddRange(await gateway.ReceiveAllAsync(gateway.Queues.Retry));
                return received.Count > 0;
            },
            TimeSpan.FromSeconds(10),
            "the delayed retry");

        Assert.Contains("\"fax_id\":\"later\"", Assert.Single(received).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadLetterFaxMessageAsync_KeepsBodyAndSaysWhy()
    {
        await using var gateway = await GatewayHarness.StartAsync(startWorker: false);
        var queues = CreateQueues(gateway);

        await queues.DeadLetterFaxMessageAsync(new QueueMessage("m-1", "{}", 1, "+16175550502"), "field 'to' is missing", CancellationToken.None);
        await queues.DeadLetterFaxMessageAsync(new QueueMessage("m-2", "{}", 1, "+16175550503"), "field 'to' is missing", CancellationToken.None);

        var dead = await gateway.ReceiveAllAsync(gateway.Queues.FaxDeadLetter);
        Assert.Equal(2, dead.Count);
        Assert.All(dead, message => Assert.Equal("field 'to' is missing", message.MessageAttributes[DeadLetterAttributes.Error].StringValue));
        Assert.Equal(["m-1", "m-2"], dead.Select(m => m.MessageAttributes[DeadLetterAttributes.SourceMessageId].StringValue).Order());
    }

    private static IGatewayQueues CreateQueues(GatewayHarness gateway) =>
        new ServiceCollection().AddSingleton(gateway.Sqs).AddFaxGateway(gateway.Settings).BuildServiceProvider().GetRequiredService<IGatewayQueues>();
}
