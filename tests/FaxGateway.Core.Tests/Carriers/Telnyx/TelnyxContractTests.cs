using System.Net.Http.Headers;
using System.Text.Json;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Telnyx;
using FaxGateway.Core.Secrets;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Core.Tests.Carriers.Telnyx;

/// <summary>The carrier contract for the Telnyx adapter against the simulator's <c>/v2/faxes</c>.</summary>
public sealed class TelnyxContractTests : CarrierContractTests
{
    protected override string BusyStatus => "failed: user_busy";

    protected override string NoAnswerStatus => "failed: receiver_no_answer";

    protected override string InvalidNumberStatus => "failed: receiver_unallocated_number";

    protected override string NotPdfStatus => "failed: file_format_invalid";

    protected override string UnknownStatus => "on_hold";

    protected override bool MatchesByClientReference => true;

    protected override int CreatedStatus => 202;

    protected override CarrierSettings SettingsFor(Uri simulator) => new TelnyxSettings
    {
        ApiKey = SecretReference.Literal(FaxSimulatorOptions.DefaultTelnyxApiKey),
        ConnectionId = FaxSimulatorOptions.DefaultTelnyxConnectionId,
        PhoneNumber = "+16175550100",
        BaseUrl = simulator,
    };

    protected override CarrierSettings WithWrongSecret(CarrierSettings settings) =>
        (TelnyxSettings)settings with { ApiKey = SecretReference.Literal(WrongSecret) };

    /// <summary>client_state is base64 of {"fax_id": …, "attempt": …}, and Telnyx keeps no copy of the media.</summary>
    protected override async Task AssertClientReferenceAsync(string carrierFaxId, string faxId, int attempt)
    {
        using var client = RawClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FaxSimulatorOptions.DefaultTelnyxApiKey);
        using var fax = JsonDocument.Parse(await client.GetStringAsync(new Uri($"v2/faxes/{carrierFaxId}", UriKind.Relative)));
        var data = fax.RootElement.GetProperty("data");

        using var state = JsonDocument.Parse(ClientReference.FromBase64(data.GetProperty("client_state").GetString()!));
        Assert.Equal(faxId, state.RootElement.GetProperty("fax_id").GetString());
        Assert.Equal(attempt, state.RootElement.GetProperty("attempt").GetInt32());
        Assert.False(data.GetProperty("store_media").GetBoolean());
    }
}
