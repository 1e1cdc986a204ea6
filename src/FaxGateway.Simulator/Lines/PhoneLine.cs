namespace FaxGateway.Simulator.Lines;

/// <summary>One destination line. Guarded by the <see cref="Switchboard"/>'s lock.</summary>
internal sealed class PhoneLine(LineScript script)
{
    public LineScript Script { get; private set; } = script;

    /// <summary>Dial attempts since <see cref="Script"/> was set; scripts count these.</summary>
    public int DialAttempts { get; set; }

    /// <summary>The fax whose call is on the line (ringing or sending), or null when the line is free.</summary>
    public string? CallOnLine { get; set; }

    public void Reset(LineScript script)
    {
        Script = script;
        DialAttempts = 0;
    }
}
