using FaxGateway.Core.Queues;
using FaxGateway.Core.Secrets;

namespace FaxGateway.IntegrationTests.Attempts;

/// <summary>
/// A fax the gateway cannot process (here: the carrier refuses its credentials) is tried
/// <c>FAX_MAX_FAILED_RECEIVES</c> times, then moved to the fax dead-letter queue by the gateway
/// with the reason, keeping its message group; it sends nothing and calls nobody back.
/// </summary>
public sealed class FailedRunsTests
{
    [Fact]
    public async Task CarrierRefusesCredentials_ThreeFailedRuns_ThenTheGatewayDeadLettersItWithTheReason()
    {
        const string number = "+16175550731";
        await using var gateway = await GatewayHarness.StartAsync(
            configure: settings => settings with
            {
                Carrier = ((Core.Carriers.Twilio.TwilioSettings)settings.Carrier) with { AuthToken = SecretReference.Literal("wrong-token") },
            },
            faxVisibility: TimeSpan.FromSeconds(1));

        await gateway.SendFaxAsync("refused", number);
        await Eventually.ThatAsync(
            async () => await gateway.CountAsync(gateway.Queues.FaxDeadLetter) == 1, TimeSpan.FromSeconds(60), "the fax in the fax DLQ");

        var dead = Assert.Single(await gateway.ReceiveAllAsync(gateway.Queues.FaxDeadLetter));
        Assert.Equal(
            "processing failed 3 times (see the fax processor's log); a redrive carries on where it stopped",
            dead.MessageAttributes[DeadLetterAttributes.Error].StringValue);
        Assert.Equal(number, dead.Attributes["MessageGroupId"]);
        Assert.Empty(gateway.Callbacks.For("refused"));
    }
}
