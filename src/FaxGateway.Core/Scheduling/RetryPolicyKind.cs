namespace FaxGateway.Core.Scheduling;

/// <summary>Which retry policy the gateway follows (<c>RETRY_POLICY</c>).</summary>
public enum RetryPolicyKind
{
    /// <summary>Each failure cause waits and gives up on its own rule, with jitter.</summary>
    ByCause,

    /// <summary>The original's: <c>BACKOFF_DELAY</c> after every retryable failure, up to <c>MAX_FAX_ATTEMPTS</c>.</summary>
    Constant,
}
