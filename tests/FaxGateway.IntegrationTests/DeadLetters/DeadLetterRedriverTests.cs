using FaxGateway.Core.Queues;
using FaxGateway.Testing;

namespace FaxGateway.IntegrationTests.DeadLetters;

/// <summary><c>faxgw dlq redrive</c> against the emulator.</summary>
public sealed class DeadLetterRedriverTests
{
    [Fact]
    public async Task Redrive_SelectedIds_MovesOnlyThoseBackToTheRetryQueue()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await dlq.DeadLetterBySqsAsync(dlq.Queues.Retry, DeadLetterQueuesFixture.FaxBody($"r{i}")));
        }

        var run = await dlq.RunAsync("redrive", "--queue", "retry", "--id", ids[0], "--id", ids[2]);

        run.AssertExitCode(0);
        Assert.Contains($"moved    {ids[0]}  fax r0  to ********1234", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Moved 2 message(s) from fax-gateway-{dlq.Stage}-retry-dlq to fax-gateway-{dlq.Stage}-retry; 0 refused, 0 failed.", run.Output, StringComparison.Ordinal);
        Assert.Equal(["r0", "r2"], (await dlq.DrainAsync(dlq.Queues.Retry)).Select(m => FaxId(m.Body)).Order());
        Assert.Equal(["r1"], (await dlq.DrainAsync(dlq.Queues.RetryDeadLetter)).Select(m => FaxId(m.Body)));
    }

    [Fact]
    public async Task Redrive_All_MovesEveryWebhookBack()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        for (var i = 0; i < 12; i++)
        {
            await dlq.SendAsync(dlq.Queues.WebhookDeadLetter, DeadLetterQueuesFixture.WebhookBody($"w{i}"));
        }

        var run = await dlq.RunAsync("redrive", "--all", "--queue", "webhook");

        run.AssertExitCode(0);
        Assert.Contains("Moved 12 message(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains($"fax-gateway-{dlq.Stage}-webhook-dlq now holds about 0 message(s).", run.Output, StringComparison.Ordinal);
        Assert.Equal(12, (await dlq.DrainAsync(dlq.Queues.Webhook)).Count);
        DeadLetterListerTests.AssertNoSecrets(run.Output);
    }

    [Fact]
    public async Task Redrive_FaxQueue_KeepsTheGroupAndIsNotDroppedByContentDeduplication()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        var body = DeadLetterQueuesFixture.FaxBody("same-body");
        var id = await dlq.SendAsync(dlq.Queues.FaxDeadLetter, body, Builders.Destination);

        // Upstream sends the same body (content-based deduplication, no id of its own), then the DLQ copy is redriven.
        await dlq.Sqs.SendMessageAsync(new Amazon.SQS.Model.SendMessageRequest { QueueUrl = dlq.Queues.Fax.ToString(), MessageBody = body, MessageGroupId = Builders.Destination });
        var run = await dlq.RunAsync("redrive", "--id", id, "--queue", "fax");

        run.AssertExitCode(0);
        var arrived = await dlq.DrainAsync(dlq.Queues.Fax);
        Assert.Equal(2, arrived.Count);
        Assert.All(arrived, message =>
        {
            Assert.Equal(body, message.Body);
            Assert.Equal(Builders.Destination, message.Attributes["MessageGroupId"]);
        });
        Assert.Equal(0, await dlq.CountAsync(dlq.Queues.FaxDeadLetter));
    }

    [Fact]
    public async Task Redrive_SeveralMessagesOfOneFifoGroup_MovesThemAllInOrder()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await dlq.DeadLetterBySqsAsync(dlq.Queues.Fax, DeadLetterQueuesFixture.FaxBody($"in-order-{i}"), Builders.Destination);
        }

        var run = await dlq.RunAsync("redrive", "--all", "--queue", "fax");

        run.AssertExitCode(0);
        Assert.Equal(["in-order-0", "in-order-1", "in-order-2"], (await dlq.DrainAsync(dlq.Queues.Fax)).Select(m => FaxId(m.Body)));
    }

    [Fact]
    public async Task Redrive_InvalidFax_IsRefusedWithoutForce_AndMovedWithIt()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        var id = await dlq.SendAsync(dlq.Queues.FaxDeadLetter, "this is { not json", "rejected", error: "the message body is not valid JSON");

        var refused = await dlq.RunAsync("redrive", "--all", "--queue", "fax");

        refused.AssertExitCode(1);
        Assert.Contains($"refused  {id}: not a valid fax request (the message body is not valid JSON); --force sends it anyway", refused.Output, StringComparison.Ordinal);
        Assert.Equal(0, await dlq.CountAsync(dlq.Queues.Fax));
        Assert.Equal(1, await dlq.VisibleAsync(dlq.Queues.FaxDeadLetter));

        var forced = await dlq.RunAsync("redrive", "--all", "--queue", "fax", "--force");

        forced.AssertExitCode(0);
        var moved = Assert.Single(await dlq.DrainAsync(dlq.Queues.Fax));
        Assert.Equal("this is { not json", moved.Body);
        Assert.Equal("rejected", moved.Attributes["MessageGroupId"]);
        Assert.False(moved.MessageAttributes?.ContainsKey(DeadLetterAttributes.Error) ?? false);
    }

    [Fact]
    public async Task Redrive_UnknownId_ExitsOneAndNamesIt()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        await dlq.SendAsync(dlq.Queues.RetryDeadLetter, DeadLetterQueuesFixture.FaxBody("stays"));

        var run = await dlq.RunAsync("redrive", "--queue", "retry", "--id", "missing-id");

        run.AssertExitCode(1);
        Assert.Contains("Not found: missing-id", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, await dlq.VisibleAsync(dlq.Queues.RetryDeadLetter));
    }

    [Fact]
    public async Task Redrive_ToQueueUrl_SendsTheRetryDlqStraightToTheFaxQueue()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        await dlq.DeadLetterBySqsAsync(dlq.Queues.Retry, DeadLetterQueuesFixture.FaxBody("to-fax", "+16175550311"));

        var run = await dlq.RunAsync("redrive", "--all", "--queue", "retry", "--to-queue-url", dlq.Queues.Fax.ToString());

        run.AssertExitCode(0);
        var moved = Assert.Single(await dlq.DrainAsync(dlq.Queues.Fax));
        Assert.Equal("+16175550311", moved.Attributes["MessageGroupId"]);
    }

    private static string FaxId(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("fax_id").GetString()!;
}
