namespace FaxGateway.Simulator.Faxes;

/// <summary>The carrier APIs the simulator speaks, all over the same phone lines.</summary>
public enum CarrierApi
{
    /// <summary>Twilio Programmable Fax v1: <c>/v1/Faxes</c>.</summary>
    Twilio,

    /// <summary>SignalWire's compatibility API: <c>/api/laml/2010-04-01/Accounts/{ProjectId}/Faxes.json</c>.</summary>
    SignalWire,

    /// <summary>Telnyx Programmable Fax: <c>/v2/faxes</c>.</summary>
    Telnyx,

    /// <summary>Sinch Fax v3: <c>/v3/projects/{projectId}/faxes</c>.</summary>
    Sinch,
}
