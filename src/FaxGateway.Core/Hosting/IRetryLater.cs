namespace FaxGateway.Core.Hosting;

/// <summary>
/// A failure that says when the message should be tried again. Hosts set the message's
/// visibility timeout to <see cref="RetryAfter"/> before reporting the failure, instead of
/// leaving it to the queue's fixed timeout.
/// </summary>
public interface IRetryLater
{
    TimeSpan RetryAfter { get; }

    /// <summary>
    /// Whether this is the normal course of things rather than a failure (a long fax handed to
    /// the next run): hosts log it as information, not as a failed message.
    /// </summary>
    bool IsExpected => false;
}
