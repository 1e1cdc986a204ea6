using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Twilio;
using FaxGateway.Core.Secrets;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Core.Tests.Carriers.Twilio;

/// <summary>The carrier contract for the Twilio-shaped adapter against the simulator's <c>/v1/Faxes</c>.</summary>
public sealed class TwilioContractTests : CarrierContractTests
{
    protected override string BusyStatus => "busy";

    protected override string NoAnswerStatus => "no-answer";

    protected override string InvalidNumberStatus => "failed: 21211 the number is not in service";

    protected override string NotPdfStatus => "failed: 12300 media is not a valid PDF (no %PDF- header)";

    protected override string UnknownStatus => "on_hold";

    protected override int CreatedStatus => 201;

    protected override CarrierSettings SettingsFor(Uri simulator) => new TwilioSettings
    {
        AccountSid = SecretReference.Literal(FaxSimulatorOptions.DefaultAccountSid),
        AuthToken = SecretReference.Literal(FaxSimulatorOptions.DefaultAuthToken),
        PhoneNumber = "+16175550100",
        BaseUrl = simulator,
    };

    protected override CarrierSettings WithWrongSecret(CarrierSettings settings) =>
        (TwilioSettings)settings with { AuthToken = SecretReference.Literal(WrongSecret) };
}
