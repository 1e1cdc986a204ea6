using FaxGateway.Core.Carriers;
using FaxGateway.Core.Carriers.Sinch;
using FaxGateway.Core.Carriers.SignalWire;
using FaxGateway.Core.Carriers.Telnyx;
using FaxGateway.Core.Carriers.Twilio;
using FaxGateway.Core.Secrets;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Cli.Local;

/// <summary>
/// Carrier settings that point an adapter at a running simulator with the simulator's default
/// credentials: one simulator speaks every carrier's API over the same phone lines.
/// </summary>
internal static class SimulatedCarriers
{
    /// <summary>The carriers a simulator can stand in for, as <c>FAX_CARRIER</c> names them.</summary>
    public static IReadOnlyList<string> Names { get; } = [CarrierNames.Twilio, CarrierNames.SignalWire, CarrierNames.Telnyx, CarrierNames.Sinch];

    /// <summary>Settings for <paramref name="carrier"/> against the simulator at <paramref name="simulator"/>.</summary>
    public static CarrierSettings For(string carrier, Uri simulator, string sendingNumber) => carrier switch
    {
        CarrierNames.SignalWire => new SignalWireSettings
        {
            ProjectId = FaxSimulatorOptions.DefaultSignalWireProjectId,
            ApiToken = SecretReference.Literal(FaxSimulatorOptions.DefaultSignalWireApiToken),
            PhoneNumber = sendingNumber,
            BaseUrl = simulator,
        },
        CarrierNames.Telnyx => new TelnyxSettings
        {
            ApiKey = SecretReference.Literal(FaxSimulatorOptions.DefaultTelnyxApiKey),
            ConnectionId = FaxSimulatorOptions.DefaultTelnyxConnectionId,
            PhoneNumber = sendingNumber,
            BaseUrl = simulator,
        },
        CarrierNames.Sinch => new SinchSettings
        {
            ProjectId = FaxSimulatorOptions.DefaultSinchProjectId,
            KeyId = SecretReference.Literal(FaxSimulatorOptions.DefaultSinchKeyId),
            KeySecret = SecretReference.Literal(FaxSimulatorOptions.DefaultSinchKeySecret),
            PhoneNumber = sendingNumber,
            BaseUrl = simulator,
        },
        CarrierNames.Twilio => new TwilioSettings
        {
            AccountSid = SecretReference.Literal(FaxSimulatorOptions.DefaultAccountSid),
            AuthToken = SecretReference.Literal(FaxSimulatorOptions.DefaultAuthToken),
            PhoneNumber = sendingNumber,
            BaseUrl = simulator,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(carrier), carrier, $"The simulator speaks {string.Join(", ", Names)}"),
    };
}
