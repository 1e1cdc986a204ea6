using FaxGateway.Core.Carriers.Sinch;
using FaxGateway.Core.Carriers.SignalWire;
using FaxGateway.Core.Carriers.Telnyx;
using FaxGateway.Core.Carriers.Twilio;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Carriers;

/// <summary>
/// Reads <c>FAX_CARRIER</c> and then the selected carrier's own settings, and nothing else: a
/// deployment on Telnyx is not asked for Twilio credentials.
/// </summary>
public static class CarrierSettingsLoader
{
    /// <summary>The variable that selects the carrier.</summary>
    public const string Variable = "FAX_CARRIER";

    /// <summary>Reads the selected carrier's settings through <paramref name="reader"/>, which collects any problems.</summary>
    public static CarrierSettings Load(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var carrier = reader.Choice(Variable, CarrierNames.Twilio, [.. CarrierNames.All]);
        return carrier switch
        {
            CarrierNames.SignalWire => SignalWireSettings.Load(reader),
            CarrierNames.Telnyx => TelnyxSettings.Load(reader),
            CarrierNames.Sinch => SinchSettings.Load(reader),
            CarrierNames.Simulator => TwilioSettings.LoadSimulator(reader),
            _ => TwilioSettings.Load(reader),
        };
    }
}
