namespace FaxGateway.IntegrationTests.Attempts;

/// <summary>
/// A fax longer than one processing run (the 15-minute Lambda limit, here scaled) is watched
/// over several runs: one carrier send, its number locked throughout, no dead-letter queue.
/// </summary>
public sealed class LongFaxTests
{
    [Fact]
    public async Task FortyPageFax_SpansSeveralRuns_SentOnceWhileItsNumberStaysLocked()
    {
        const string number = "+16175550701";
        await using var gateway = await GatewayHarness.StartAsync();

        await gateway.SendFaxAsync("forty-pages", number, pages: 40);
        await gateway.SendFaxAsync("next-in-line", number, pages: 1);
        var longCallbacks = await gateway.WaitForFinalCallbackAsync("forty-pages", TimeSpan.FromSeconds(90));
        var nextCallbacks = await gateway.WaitForFinalCallbackAsync("next-in-line", TimeSpan.FromSeconds(60));

        Assert.Equal(["sent"], longCallbacks.Select(c => c.Status));
        Assert.Equal(["sent"], nextCallbacks.Select(c => c.Status));
        var calls = gateway.Simulator.Record.CallsTo(number);
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].StartedAt >= calls[0].EndedAt, "the next fax to the number started while the long one was still on the line");
        var record = await new Core.Attempts.DynamoDbFaxAttemptStore(
            gateway.Attempts.Dynamo, gateway.Attempts.Name, TimeSpan.FromDays(1), TimeProvider.System).GetAsync("forty-pages", 1, CancellationToken.None);
        Assert.True(record!.Handoffs >= 2, $"a 40-page fax should outlast two runs of {gateway.Settings.AttemptTimeout}, but it was handed on {record.Handoffs} times");
        Assert.Equal(0, await gateway.CountAsync(gateway.Queues.FaxDeadLetter));
    }
}
