using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Sinch;
using FaxGateway.Core.Secrets;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Core.Tests.Carriers.Sinch;

/// <summary>The carrier contract for the Sinch adapter against the simulator's <c>/v3/projects/{id}/faxes</c>.</summary>
public sealed class SinchContractTests : CarrierContractTests
{
    protected override string BusyStatus => "FAILURE: CALL_ERROR 17 Busy";

    protected override string NoAnswerStatus => "FAILURE: CALL_ERROR 16 Ring timeout";

    protected override string InvalidNumberStatus => "FAILURE: CALL_ERROR 34 Number not operational";

    protected override string NotPdfStatus => "FAILURE: DOCUMENT_CONVERSION_ERROR 128 Unsupported file type";

    protected override string UnknownStatus => "ON_HOLD";

    protected override bool MatchesByClientReference => true;

    protected override int CreatedStatus => 200;

    protected override CarrierSettings SettingsFor(Uri simulator) => new SinchSettings
    {
        ProjectId = FaxSimulatorOptions.DefaultSinchProjectId,
        KeyId = SecretReference.Literal(FaxSimulatorOptions.DefaultSinchKeyId),
        KeySecret = SecretReference.Literal(FaxSimulatorOptions.DefaultSinchKeySecret),
        PhoneNumber = "+16175550100",
        BaseUrl = simulator,
    };

    protected override CarrierSettings WithWrongSecret(CarrierSettings settings) =>
        (SinchSettings)settings with { KeySecret = SecretReference.Literal(WrongSecret) };

    /// <summary>labels carry the fax id and attempt, and maxRetries is 0 so Sinch never retries on its own.</summary>
    protected override async Task AssertClientReferenceAsync(string carrierFaxId, string faxId, int attempt)
    {
        using var client = RawClient();
        var credentials = $"{FaxSimulatorOptions.DefaultSinchKeyId}:{FaxSimulatorOptions.DefaultSinchKeySecret}";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        var path = $"v3/projects/{FaxSimulatorOptions.DefaultSinchProjectId}/faxes/{carrierFaxId}";
        using var fax = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative)));

        var labels = fax.RootElement.GetProperty("labels");
        Assert.Equal(faxId, labels.GetProperty("fax_id").GetString());
        Assert.Equal(attempt.ToString(System.Globalization.CultureInfo.InvariantCulture), labels.GetProperty("attempt").GetString());
        Assert.Equal(0, fax.RootElement.GetProperty("maxRetries").GetInt32());
    }
}
