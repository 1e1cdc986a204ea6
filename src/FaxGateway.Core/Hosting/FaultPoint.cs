namespace FaxGateway.Core.Hosting;

/// <summary>
/// The points in a fax attempt where a run can die with the most to lose. The fault-injection
/// run stops processing at them to prove that a fax is neither lost nor sent twice.
/// </summary>
public enum FaultPoint
{
    /// <summary>The attempt is recorded as being sent; the carrier has not been called.</summary>
    BeforeSend,

    /// <summary>The carrier accepted the fax; its id is not recorded yet.</summary>
    AfterSend,

    /// <summary>Between two status reads of a fax in progress.</summary>
    MidPoll,

    /// <summary>The tmp_fail callback is queued; the retry is not.</summary>
    BetweenWebhookAndRetry,
}
