using FaxGateway.Testing;

namespace FaxGateway.IntegrationTests.DeadLetters;

/// <summary><c>faxgw dlq list</c> against the emulator.</summary>
public sealed class DeadLetterListerTests
{
    [Fact]
    public async Task List_ShowsEachQueuesMessages_MaskedAndWithoutUrls()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        var moved = await dlq.DeadLetterBySqsAsync(dlq.Queues.Fax, DeadLetterQueuesFixture.FaxBody("fax-moved"), Builders.Destination);
        var rejected = await dlq.SendAsync(dlq.Queues.FaxDeadLetter, "this is { not json", "rejected", error: "the message body is not valid JSON");
        var retry = await dlq.DeadLetterBySqsAsync(dlq.Queues.Retry, DeadLetterQueuesFixture.FaxBody("retry-moved", to: "+442071234567"));
        var webhook = await dlq.SendAsync(dlq.Queues.WebhookDeadLetter, DeadLetterQueuesFixture.WebhookBody("webhook-1"));

        var run = await dlq.RunAsync("list");

        run.AssertExitCode(0);
        var lines = run.Output.Split('\n');
        Assert.Matches(@"fax-moved\s+\*{8}1234\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\s+22\s+receive count exceeded \(moved by SQS\)", Line(lines, moved));
        Assert.Matches(@"-\s+-\s+\S+Z\s+1\s+the message body is not valid JSON", Line(lines, rejected));
        Assert.Contains("*********4567", Line(lines, retry), StringComparison.Ordinal);
        Assert.Matches(@"webhook-1\s+-\s+", Line(lines, webhook));
        Assert.Contains($"fax DLQ fax-gateway-{dlq.Stage}-fax-dlq.fifo: 2 messages shown, the queue holds about 2", run.Output, StringComparison.Ordinal);
        Assert.Contains($"webhook DLQ fax-gateway-{dlq.Stage}-webhook-dlq: 1 message shown", run.Output, StringComparison.Ordinal);
        AssertNoSecrets(run.Output);
    }

    [Fact]
    public async Task List_DoesNotConsume_EveryMessageIsStillThereAndVisibleAtOnce()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await dlq.SendAsync(dlq.Queues.FaxDeadLetter, DeadLetterQueuesFixture.FaxBody($"f{i}", $"+1617555020{i}"), $"+1617555020{i}");
            await dlq.SendAsync(dlq.Queues.WebhookDeadLetter, DeadLetterQueuesFixture.WebhookBody($"w{i}"));
        }

        var first = await dlq.RunAsync("list");
        var second = await dlq.RunAsync("list");

        Assert.All(new[] { first, second }, run => Assert.Equal(6, Rows(run.Output)));
        Assert.Equal(3, await dlq.VisibleAsync(dlq.Queues.FaxDeadLetter));
        Assert.Equal(3, await dlq.VisibleAsync(dlq.Queues.WebhookDeadLetter));
        Assert.Equal(3, (await dlq.DrainAsync(dlq.Queues.FaxDeadLetter)).Count);
    }

    [Fact]
    public async Task List_FifoMessageBehindAnotherOfItsGroup_SaysItCouldNotBeRead()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        await dlq.SendAsync(dlq.Queues.FaxDeadLetter, DeadLetterQueuesFixture.FaxBody("first"), Builders.Destination);
        await dlq.SendAsync(dlq.Queues.FaxDeadLetter, DeadLetterQueuesFixture.FaxBody("second"), Builders.Destination);

        var run = await dlq.RunAsync("list", "--queue", "fax");

        run.AssertExitCode(0);
        Assert.Contains("1 message shown, the queue holds about 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("behind an earlier message of their message group", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, await dlq.VisibleAsync(dlq.Queues.FaxDeadLetter));
    }

    [Fact]
    public async Task List_MoreThanMax_StopsThereAndSaysSo()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await dlq.SendAsync(dlq.Queues.RetryDeadLetter, DeadLetterQueuesFixture.FaxBody($"r{i}"));
        }

        var run = await dlq.RunAsync("list", "--queue", "retry", "--max", "2");

        Assert.Equal(2, Rows(run.Output));
        Assert.Contains("Stopped at --max 2; there may be more.", run.Output, StringComparison.Ordinal);
        Assert.Equal(3, await dlq.VisibleAsync(dlq.Queues.RetryDeadLetter));
    }

    [Fact]
    public async Task List_QueueUrl_ReadsThatQueue()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        var id = await dlq.SendAsync(dlq.Queues.RetryDeadLetter, DeadLetterQueuesFixture.FaxBody("by-url"));

        var run = await dlq.RunAsync("list", "--queue-url", dlq.Queues.RetryDeadLetter.ToString());

        run.AssertExitCode(0);
        Assert.StartsWith($"retry DLQ fax-gateway-{dlq.Stage}-retry-dlq: 1 message shown", run.Output, StringComparison.Ordinal);
        Assert.Contains("by-url", Line(run.Output.Split('\n'), id), StringComparison.Ordinal);
    }

    internal static void AssertNoSecrets(string output)
    {
        Assert.DoesNotContain("http", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("callback-secret", output, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Amz-Signature", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-signature", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Builders.Destination, output, StringComparison.Ordinal);
        Assert.DoesNotContain("6175551234", output, StringComparison.Ordinal);
    }

    private static string Line(string[] lines, string messageId) =>
        Assert.Single(lines, line => line.StartsWith(messageId, StringComparison.Ordinal));

    private static int Rows(string output) =>
        output.Split('\n').Count(line => line.Length > 36 && Guid.TryParse(line[..36], out _));
}
