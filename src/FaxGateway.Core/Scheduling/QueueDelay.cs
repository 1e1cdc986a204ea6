namespace FaxGateway.Core.Scheduling;

/// <summary>What a wait on a queue can and cannot do.</summary>
public static class QueueDelay
{
    /// <summary>
    /// Waits shorter than this are waited out in process rather than on a queue: SQS counts
    /// delays in whole seconds, so a fraction of one would otherwise cost a whole second more.
    /// </summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);
}
