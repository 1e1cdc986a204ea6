namespace FaxGateway.Core.Faxes;

/// <summary>
/// The callback texts. Their wording is the original's wire contract: receivers match on it,
/// so change none of them.
/// </summary>
public static class FaxMessages
{
    /// <summary>Longest carrier status text quoted in a message; carriers are outside our control.</summary>
    public const int MaxStatusLength = 100;

    /// <summary>Text of a <c>sent</c> callback.</summary>
    public const string Sent = "Fax sent successfully";

    /// <summary>Text of a <c>tmp_fail</c> callback: "Failed to deliver fax (attempt 7 of 20). Fax status: busy".</summary>
    public static string TemporaryFailure(int attempt, int maxAttempts, string carrierStatus) =>
        $"Failed to deliver fax (attempt {attempt} of {maxAttempts}). Fax status: {Quote(carrierStatus)}";

    /// <summary>
    /// Text of a <c>perm_fail</c> callback: "Failed to deliver fax after 20 tries. Last attempt status: busy".
    /// <paramref name="tries"/> is the number of attempts actually made, which is
    /// <c>MAX_FAX_ATTEMPTS</c> whenever the gateway ran out of attempts.
    /// </summary>
    public static string PermanentFailure(int tries, string carrierStatus) =>
        $"Failed to deliver fax after {tries} tries. Last attempt status: {Quote(carrierStatus)}";

    /// <summary>
    /// The status quoted when a run died while handing the fax to a carrier that cannot be
    /// asked whether it got it: the gateway will not risk sending it twice.
    /// </summary>
    public const string SendInDoubt = "unknown: the gateway stopped while handing the fax to the carrier, which may have sent it";

    /// <summary>Text of the <c>perm_fail</c> callback for a message that is not a valid fax request.</summary>
    public static string Rejected(string reason) => $"Invalid fax request: {reason}";

    private static string Quote(string carrierStatus)
    {
        var text = string.IsNullOrWhiteSpace(carrierStatus) ? "unknown" : carrierStatus.Trim();
        return text.Length <= MaxStatusLength ? text : text[..MaxStatusLength];
    }
}
