using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.SignalWire;
using FaxGateway.Core.Secrets;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Core.Tests.Carriers.SignalWire;

/// <summary>The carrier contract for the SignalWire adapter against the simulator's compatibility API.</summary>
public sealed class SignalWireContractTests : CarrierContractTests
{
    protected override string BusyStatus => "busy";

    protected override string NoAnswerStatus => "no-answer";

    protected override string InvalidNumberStatus => "failed: 21211 the number is not in service";

    protected override string NotPdfStatus => "failed: 12300 media is not a valid PDF (no %PDF- header)";

    protected override string UnknownStatus => "on_hold";

    protected override int CreatedStatus => 201;

    protected override CarrierSettings SettingsFor(Uri simulator) => new SignalWireSettings
    {
        ProjectId = FaxSimulatorOptions.DefaultSignalWireProjectId,
        ApiToken = SecretReference.Literal(FaxSimulatorOptions.DefaultSignalWireApiToken),
        PhoneNumber = "+16175550100",
        BaseUrl = simulator,
    };

    protected override CarrierSettings WithWrongSecret(CarrierSettings settings) =>
        (SignalWireSettings)settings with { ApiToken = SecretReference.Literal(WrongSecret) };
}
