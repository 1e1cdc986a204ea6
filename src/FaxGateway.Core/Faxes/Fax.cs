using System.Text.Json.Serialization;
using FaxGateway.Core.Scheduling;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// A fax request: the body of a fax-queue and retry-queue message, exactly as upstream
/// applications write it (<c>{"fax_id", "to", "pdf_url", "callback_url", "retry_count"}</c>),
/// plus optional scheduling fields the original did not have. Each is left out of the JSON
/// when unset, so a request the original could read stays exactly as it was.
/// </summary>
/// <param name="FaxId">The caller's id for this fax, echoed back in every callback.</param>
/// <param name="To">Destination number in E.164 form; also the FIFO message group.</param>
/// <param name="PdfUrl">Where the carrier fetches the PDF (usually a presigned URL).</param>
/// <param name="CallbackUrl">Where progress callbacks are POSTed.</param>
/// <param name="RetryCount">Attempts already made. Optional on input; the default is 0.</param>
public sealed record Fax(string FaxId, string To, string PdfUrl, string CallbackUrl, int RetryCount = 0)
{
    /// <summary>
    /// When the fax stops being tried, in UNIX seconds (<c>expires_at</c>). Optional on input;
    /// the gateway sets it at the first attempt from <c>FAX_DEADLINE</c> when the caller did not.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ExpiresAt { get; init; }

    /// <summary>
    /// The earliest time of the attempt this message asks for, in UNIX seconds (<c>not_before</c>).
    /// The gateway writes it on retries; until then the retry processor keeps re-delaying the message.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? NotBefore { get; init; }

    /// <summary>
    /// How often this attempt was put back to wait (<c>deferrals</c>), written by the gateway.
    /// Besides counting, it makes each waiting copy's body differ from the one before, which the
    /// fax queue's content-based deduplication would otherwise drop as a repeat when it returns.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Deferrals { get; init; }

    /// <summary>Failed attempts so far by cause (<c>failures</c>), written by the gateway on retries.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FailureCounts? Failures { get; init; }

    /// <summary>The number of the attempt this message asks for (1 for a new fax). Not on the wire.</summary>
    [JsonIgnore]
    public int Attempt => RetryCount + 1;

    /// <summary>When the fax stops being tried, if known.</summary>
    [JsonIgnore]
    public DateTimeOffset? Expires => ExpiresAt is { } seconds ? UnixTime.FromSeconds(seconds) : null;

    /// <summary>The earliest time of this message's attempt, if any.</summary>
    [JsonIgnore]
    public DateTimeOffset? Due => NotBefore is { } seconds ? UnixTime.FromSeconds(seconds) : null;

    /// <summary>The same fax, asking for the next attempt.</summary>
    public Fax NextAttempt() => this with { RetryCount = RetryCount + 1 };

    /// <summary>The same fax asking for its next attempt at <paramref name="due"/>, one more failure of <paramref name="cause"/> counted.</summary>
    public Fax RetryAt(DateTimeOffset due, FailureCause cause) => this with
    {
        RetryCount = RetryCount + 1,
        Deferrals = null,
        NotBefore = UnixTime.ToSeconds(due),
        Failures = (Failures ?? FailureCounts.None).After(cause),
    };

    /// <summary>The same attempt, waiting until <paramref name="due"/> (a send window) without using an attempt.</summary>
    public Fax WaitUntil(DateTimeOffset due) => this with { NotBefore = UnixTime.ToSeconds(due), Deferrals = (Deferrals ?? 0) + 1 };

    /// <summary>The fax with its deadline set to <paramref name="expires"/>.</summary>
    public Fax ExpiringAt(DateTimeOffset expires) => this with { ExpiresAt = UnixTime.ToSeconds(expires) };
}
