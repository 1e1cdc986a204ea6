namespace FaxGateway.IntegrationTests.Attempts;

/// <summary>
/// A fax longer than one processing run (the 15-minute Lambda limit, here scaled) is watched
/// over several runs: one carrier send, its number locked throughout, no dead-letter queue.
/// </summary>
public sealed class LongFaxTests
{
    [Fact]
    public async Task SixtyPageFax_SpansSeveralRuns_SentOnceWhileItsNumberStaysLocked()
    {
        const string number = "+16175550701";
        await using var gateway = await GatewayHarness.StartAsync();

        // Six seconds on the line at this speed against 1.4-second runs: at least two hand-offs
        // even when a loaded machine is slow to bring the message back between runs.
        await gateway.SendFaxAsync("sixty-pages", number, pages: 60);
        await gateway.SendFaxAsync("next-in-line", number, pages: 1);
        var longCallbacks = await gateway.WaitForFinalCallbackAsync("sixty-pages", TimeSpan.FromSeconds(90));
        var nextCallbacks = await gateway.WaitForFinalCallbackAsync("next-in-line", TimeSpan.FromSeconds(60));

        Assert.Equal(["sent"], longCallbacks.Select(c => c.Status));
        Assert.Equal(["sent"], nextCallbacks.Select(c => c.Status));
        var calls = gateway.Simulator.Record.CallsTo(number);
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].StartedAt >= calls[0].EndedAt, "the next fax to the number started while the long one was still on the line");
        var record = await new Core.Attempts.DynamoDbFaxAttemptStore(
            gateway.Attempts.Dynamo, gateway.Attempts.Name, TimeSpan.FromDays(1), TimeProvider.System).GetAsync("sixty-pages", 1, CancellationToken.None);
        Assert.True(record!.Handoffs >= 2, $"a 60-page fax should outlast two runs of {gateway.Settings.AttemptTimeout}, but it was handed on {record.Handoffs} times");
        Assert.Equal(0, await gateway.CountAsync(gateway.Queues.FaxDeadLetter));
    }
}
