using System.Text.Json;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Serialization;
using FaxGateway.Simulator.Documents;
using FaxGateway.Simulator.Lines;

namespace FaxGateway.IntegrationTests;

/// <summary>When faxes are tried, through the emulated queues, the worker and the simulator.</summary>
public sealed class SchedulingTests
{
    [Fact]
    public async Task NotBeforeSecondsAway_WaitsOnTheRetryQueueAndIsSentOnceWhenDue()
    {
        const string number = "+16175550781";
        await using var gateway = await GatewayHarness.StartAsync();
        var due = DateTimeOffset.UtcNow.AddSeconds(8);

        await SendAsync(gateway, "later", number, fax => fax.WaitUntil(due));
        var callbacks = await gateway.WaitForFinalCallbackAsync("later");

        Assert.Equal(["sent"], callbacks.Select(c => c.Status));
        var call = Assert.Single(gateway.Simulator.Record.Calls);
        Assert.True(call.StartedAt >= due, $"the fax was dialled at {call.StartedAt:o}, before it was due at {due:o}");
    }

    [Fact]
    public async Task ExpiresAtPassed_PermFailExpiredWithoutACall()
    {
        const string number = "+16175550782";
        await using var gateway = await GatewayHarness.StartAsync();

        await SendAsync(gateway, "too-late", number, fax => fax.ExpiringAt(DateTimeOffset.UtcNow.AddSeconds(-10)));
        var callbacks = await gateway.WaitForFinalCallbackAsync("too-late");

        Assert.Equal(
            [("perm_fail", "Failed to deliver fax after 0 tries. Last attempt status: expired")],
            callbacks.Select(c => (c.Status, c.Message)));
        Assert.Empty(gateway.Simulator.Record.Calls);
    }

    [Fact]
    public async Task NeverAnswers_GivesUpAfterItsFifthNoAnswerNotAfterMaxFaxAttempts()
    {
        const string number = "+16175550783";
        await using var gateway = await GatewayHarness.StartAsync(new Dictionary<string, LineScript> { [number] = LineScript.NeverAnswers() });

        await gateway.SendFaxAsync("dead-line", number);
        var callbacks = await gateway.WaitForFinalCallbackAsync("dead-line", TimeSpan.FromSeconds(60));

        Assert.Equal(["tmp_fail", "tmp_fail", "tmp_fail", "tmp_fail", "perm_fail"], callbacks.Select(c => c.Status));
        Assert.Equal("Failed to deliver fax after 5 tries. Last attempt status: no-answer", callbacks[^1].Message);
        Assert.Equal(5, gateway.Simulator.Record.Calls.Count);
    }

    private static async Task SendAsync(GatewayHarness gateway, string faxId, string to, Func<Fax, Fax> schedule)
    {
        var pdfUrl = gateway.Media.Publish($"{faxId}.pdf", SampleFaxDocument.Create(1, $"Form for {faxId}"));
        var fax = schedule(new Fax(faxId, to, pdfUrl.ToString(), gateway.Callbacks.CallbackUrl.ToString()));
        gateway.Callbacks.Expect(faxId);
        await gateway.SendRawAsync(JsonSerializer.Serialize(fax, GatewayJson.Fax), to);
    }
}
