namespace FaxGateway.Core.Scheduling;

/// <summary>The statuses the gateway itself quotes in callbacks for failures no carrier reported.</summary>
public static class FailureStatuses
{
    /// <summary>The carrier refused the send for now (HTTP 429 or 503): it surely has no fax, and another attempt may work.</summary>
    public const string CarrierUnavailable = "carrier unavailable";

    /// <summary>The status of a fax whose deadline passed before it could be delivered.</summary>
    public const string Expired = "expired";

    /// <summary>The status of a fax whose <c>not_before</c> is further ahead than the gateway keeps a fax waiting.</summary>
    public const string TooFarAhead = "refused: not_before is more than 30 days ahead";

    /// <summary>The quoted status of an expired fax: <c>expired</c>, with the last attempt's status when there was one.</summary>
    public static string ExpiredAfter(string? lastStatus) =>
        string.IsNullOrWhiteSpace(lastStatus) ? Expired : $"{Expired} (last attempt: {lastStatus})";
}
