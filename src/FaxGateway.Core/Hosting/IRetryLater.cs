namespace FaxGateway.Core.Hosting;

/// <summary>
/// A failure that says when the message should be tried again. Hosts set the message's
/// visibility timeout to <see cref="RetryAfter"/> before reporting the failure, instead of
/// leaving it to the queue's fixed timeout.
/// </summary>
public interface IRetryLater
{
    TimeSpan RetryAfter { get; }
}
