using System.Text.Json.Serialization;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// A fax request: the body of a fax-queue and retry-queue message, exactly as upstream
/// applications write it (<c>{"fax_id", "to", "pdf_url", "callback_url", "retry_count"}</c>).
/// </summary>
/// <param name="FaxId">The caller's id for this fax, echoed back in every callback.</param>
/// <param name="To">Destination number in E.164 form; also the FIFO message group.</param>
/// <param name="PdfUrl">Where the carrier fetches the PDF (usually a presigned URL).</param>
/// <param name="CallbackUrl">Where progress callbacks are POSTed.</param>
/// <param name="RetryCount">Attempts already made. Optional on input; the default is 0.</param>
public sealed record Fax(string FaxId, string To, string PdfUrl, string CallbackUrl, int RetryCount = 0)
{
    /// <summary>The number of the attempt this message asks for (1 for a new fax). Not on the wire.</summary>
    [JsonIgnore]
    public int Attempt => RetryCount + 1;

    /// <summary>The same fax, asking for the next attempt.</summary>
    public Fax NextAttempt() => this with { RetryCount = RetryCount + 1 };
}
