using FaxGateway.Core.Hosting;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// A run reached its own time limit while the carrier was still sending the fax. The attempt
/// is recorded with its carrier id, and the message is left on the queue, hidden for
/// <see cref="RetryAfter"/>: it stays first in its destination's message group, so no other
/// fax to that number starts, and the next run carries on watching the same carrier fax.
/// </summary>
public sealed class FaxStillInProgressException : Exception, IRetryLater
{
    public FaxStillInProgressException()
    {
    }

    public FaxStillInProgressException(string message)
        : base(message)
    {
    }

    public FaxStillInProgressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal FaxStillInProgressException(string faxId, int attempt, int handoffs, TimeSpan retryAfter)
        : base($"Fax '{faxId}' attempt {attempt} is still in progress at the carrier; run {handoffs + 1} hands it on")
    {
        RetryAfter = retryAfter;
    }

    public TimeSpan RetryAfter { get; }

    /// <summary>A hand-off is how a long fax is meant to be watched, not a failure.</summary>
    public bool IsExpected => true;
}
