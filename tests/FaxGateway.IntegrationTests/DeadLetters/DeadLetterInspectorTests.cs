using FaxGateway.Testing;

namespace FaxGateway.IntegrationTests.DeadLetters;

/// <summary><c>faxgw dlq show</c> against the emulator.</summary>
public sealed class DeadLetterInspectorTests
{
    [Fact]
    public async Task Show_WritesEveryAttributeAndTheRedactedBody_AndLeavesTheMessage()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        await dlq.SendAsync(dlq.Queues.FaxDeadLetter, DeadLetterQueuesFixture.FaxBody("other", "+16175550301"), "+16175550301");
        var id = await dlq.SendAsync(
            dlq.Queues.FaxDeadLetter, DeadLetterQueuesFixture.FaxBody("shown"), Builders.Destination, error: "field 'to' must be an E.164 number such as +16175551234");

        var run = await dlq.RunAsync("show", id, "--queue", "fax");

        run.AssertExitCode(0);
        Assert.Contains($"Message     {id}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Queue       fax DLQ fax-gateway-{dlq.Stage}-fax-dlq.fifo", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"MessageGroupId\s+\*{8}1234", run.Output);
        Assert.Matches(@"SentTimestamp\s+\d+ \(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\)", run.Output);
        Assert.Matches(@"ApproximateReceiveCount\s+1", run.Output);
        Assert.Contains("FaxGatewayError            (String) field 'to' must be an E.164 number such as ********1234", run.Output, StringComparison.Ordinal);
        Assert.Contains("FaxGatewaySourceMessageId  (String) source-1", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"fax_id\": \"shown\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"to\": \"********1234\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"pdf_url\": \"https://media.example.com/forms/abc123.pdf?[redacted]\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"callback_url\": \"https://app.example.com/fax-callback?[redacted]\"", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("6175551234", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, await dlq.VisibleAsync(dlq.Queues.FaxDeadLetter));
    }

    [Fact]
    public async Task Show_WithoutQueue_SearchesAllThree()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        var id = await dlq.SendAsync(dlq.Queues.WebhookDeadLetter, DeadLetterQueuesFixture.WebhookBody("hooked"));

        var run = await dlq.RunAsync("show", id);

        run.AssertExitCode(0);
        Assert.Contains("Fax ID      hooked", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"callback_url\": \"https://app.example.com/fax-callback?[redacted]\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"timestamp\": 1793714415", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("callback-secret", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownId_ExitsOneAndSaysWhereItLooked()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        await dlq.SendAsync(dlq.Queues.RetryDeadLetter, DeadLetterQueuesFixture.FaxBody("present"));

        var run = await dlq.RunAsync("show", "no-such-id", "--queue", "retry");

        run.AssertExitCode(1);
        Assert.Contains($"Message no-such-id was not found in fax-gateway-{dlq.Stage}-retry-dlq (read 1 messages", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, await dlq.VisibleAsync(dlq.Queues.RetryDeadLetter));
    }
}
