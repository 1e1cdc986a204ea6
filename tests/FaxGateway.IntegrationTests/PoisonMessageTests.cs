using FaxGateway.Core.Queues;

namespace FaxGateway.IntegrationTests;

/// <summary>Fax-queue messages that can never be faxes.</summary>
public sealed class PoisonMessageTests
{
    private const double RealisticSpeed = 60;

    [Fact]
    public async Task NotJson_GoesToTheFaxDeadLetterQueueWithItsReason_AndDoesNotHoldItsNumber()
    {
        const string number = "+16175550401";
        await using var gateway = await GatewayHarness.StartAsync(speed: RealisticSpeed);
        var visibility = gateway.Queues.Topology.Fax.VisibilityTimeout;

        await gateway.SendRawAsync("this is { not json", number);
        var started = DateTime.UtcNow;
        await gateway.SendFaxAsync("after-poison", number);
        await gateway.WaitForFinalCallbackAsync("after-poison");

        Assert.True(DateTime.UtcNow - started < visibility, "the fax behind the bad message waited for a visibility timeout");
        var dead = Assert.Single(await gateway.ReceiveAllAsync(gateway.Queues.FaxDeadLetter));
        Assert.Equal("this is { not json", dead.Body);
        Assert.Equal("the message body is not valid JSON", dead.MessageAttributes[DeadLetterAttributes.Error].StringValue);
    }

    [Fact]
    public async Task MissingFieldWithUsableCallback_CallerGetsPermFailNamingTheField()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        gateway.Callbacks.Expect("no-number");

        await gateway.SendRawAsync(
            $$"""{"fax_id":"no-number","pdf_url":"https://example.com/a.pdf","callback_url":"{{gateway.Callbacks.CallbackUrl}}"}""",
            "no-number-group");
        var callbacks = await gateway.WaitForFinalCallbackAsync("no-number");

        Assert.Equal([("perm_fail", "Invalid fax request: field 'to' is missing")], callbacks.Select(c => (c.Status, c.Message)));
        Assert.Equal(0, await gateway.CountAsync(gateway.Queues.FaxDeadLetter));
        Assert.Empty(gateway.Simulator.Record.Calls);
    }
}
