namespace FaxGateway.Simulator.Lines;

/// <summary>A call the <see cref="Switchboard"/> placed: how the far end answered, under which script.</summary>
internal sealed record PhoneCall(int RecordIndex, string FaxSid, string To, DialOutcome Outcome, BusyCause? BusyCause, LineScript Script);
