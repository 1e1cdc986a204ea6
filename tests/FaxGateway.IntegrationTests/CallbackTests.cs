using FaxGateway.Testing;

namespace FaxGateway.IntegrationTests;

/// <summary>Callback delivery through the webhook queue, its retries and its dead-letter queue.</summary>
public sealed class CallbackTests
{
    [Fact]
    public async Task ReceiverFailsTwiceThenAccepts_CallbackDeliveredOnTheThirdTry()
    {
        await using var receiver = await LoopbackHttpServer.StartAsync();
        receiver.RespondInTurn(500, 500, 200);
        await using var gateway = await GatewayHarness.StartAsync();

        await gateway.SendFaxAsync("flaky-receiver", "+16175550301", callbackUrl: receiver.Url("hook?token=abc"));
        await Eventually.ThatAsync(() => receiver.Requests.Count >= 3, null, "three callback attempts");
        await Task.Delay(TimeSpan.FromSeconds(2));

        // SQS delivers at least once: on a loaded machine an accepted callback can be sent once
        // more before its deletion lands. What matters is that the third try was accepted and
        // nothing was given up on.
        Assert.InRange(receiver.Requests.Count, 3, 4);
        Assert.Single(receiver.Requests.Select(r => r.Body).Distinct());
        Assert.Contains("\"status\":\"sent\"", receiver.Requests[2].Body, StringComparison.Ordinal);
        Assert.Equal(0, await gateway.CountAsync(gateway.Queues.WebhookDeadLetter));
    }

    [Fact]
    public async Task ReceiverAlwaysFails_CallbackEndsInTheWebhookDeadLetterQueueAfterItsReceiveCount()
    {
        await using var receiver = await LoopbackHttpServer.StartAsync();
        receiver.RespondInTurn(503);
        await using var gateway = await GatewayHarness.StartAsync();
        var receives = gateway.Queues.Topology.Webhook.MaxReceiveCount;

        await gateway.SendFaxAsync("dead-receiver", "+16175550302", callbackUrl: receiver.Url("hook"));
        await Eventually.ThatAsync(
            async () => await gateway.CountAsync(gateway.Queues.WebhookDeadLetter) == 1,
            TimeSpan.FromSeconds(120),
            "the callback in the webhook dead-letter queue");

        var dead = Assert.Single(await gateway.ReceiveAllAsync(gateway.Queues.WebhookDeadLetter));
        Assert.Contains("\"fax_id\":\"dead-receiver\"", dead.Body, StringComparison.Ordinal);
        Assert.Equal(receives, receiver.Requests.Count);
    }
}
