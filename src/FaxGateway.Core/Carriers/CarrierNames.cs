namespace FaxGateway.Core.Carriers;

/// <summary>The values <c>FAX_CARRIER</c> takes, each naming one adapter.</summary>
public static class CarrierNames
{
    /// <summary>The Twilio-shaped fax API (<c>POST /v1/Faxes</c>), the original's; the default, so existing deployments keep working.</summary>
    public const string Twilio = "twilio";

    /// <summary>SignalWire's compatibility (LaML) fax API.</summary>
    public const string SignalWire = "signalwire";

    /// <summary>Telnyx Programmable Fax, API v2.</summary>
    public const string Telnyx = "telnyx";

    /// <summary>Sinch Fax API v3.</summary>
    public const string Sinch = "sinch";

    /// <summary>The Twilio-shaped API of a local FaxGateway.Simulator, with the simulator's default credentials.</summary>
    public const string Simulator = "simulator";

    /// <summary>Every accepted value, in the order the README lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Twilio, SignalWire, Telnyx, Sinch, Simulator];
}
