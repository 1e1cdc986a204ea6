using System.Net;

namespace FaxGateway.Core.Carriers;

/// <summary>
/// A carrier call that did not work: network failure, an error status, or an answer the
/// gateway cannot read. It never carries credentials or media URLs.
/// </summary>
public sealed class CarrierException : Exception
{
    public CarrierException()
    {
    }

    public CarrierException(string message)
        : base(message)
    {
    }

    public CarrierException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CarrierException(string message, HttpStatusCode? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status the carrier answered with, when it answered at all.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>
    /// Whether a failed create may still have created the fax: no answer at all, or a server
    /// error other than 503 (which says the request was not processed). A 4xx, 429 or 503 means
    /// the carrier surely does not have it.
    /// </summary>
    public bool MayHaveCreatedFax => StatusCode is not { } status
        || ((int)status >= 500 && status != HttpStatusCode.ServiceUnavailable);
}
