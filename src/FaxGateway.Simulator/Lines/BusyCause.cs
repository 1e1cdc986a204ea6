namespace FaxGateway.Simulator.Lines;

/// <summary>Why a dial attempt found the line busy, so tests can tell a misbehaving sender from bad luck.</summary>
public enum BusyCause
{
    /// <summary>Another fax from this simulator was on the line (ringing or sending).</summary>
    OwnCall,

    /// <summary>Someone else was on the line (<c>BackgroundBusyProbability</c>).</summary>
    BackgroundTraffic,

    /// <summary>The number's <see cref="LineScript"/> said busy.</summary>
    Script,
}
