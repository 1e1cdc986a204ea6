namespace FaxGateway.Core.Scheduling;

/// <summary>What to do with an attempt before it begins.</summary>
public enum AttemptVerdict
{
    /// <summary>Begin it now, after a wait short enough to take in process.</summary>
    Start,

    /// <summary>Put it back on the retry queue until it is due: no attempt used.</summary>
    Defer,

    /// <summary>End the fax without the attempt: its deadline passes first, or it asks for a time too far ahead.</summary>
    End,
}
