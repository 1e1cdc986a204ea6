namespace FaxGateway.Core.Attempts;

/// <summary>
/// Another run recorded a step of the same attempt first. This run stops without acting; the
/// message is delivered again and the next run carries on from what the other one recorded.
/// </summary>
public sealed class AttemptConflictException : Exception
{
    public AttemptConflictException()
    {
    }

    public AttemptConflictException(string message)
        : base(message)
    {
    }

    public AttemptConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal AttemptConflictException(string faxId, int attempt, AttemptPhase phase)
        : base($"Another run recorded attempt {attempt} of fax '{faxId}' first; not moving it to {phase}")
    {
    }
}
