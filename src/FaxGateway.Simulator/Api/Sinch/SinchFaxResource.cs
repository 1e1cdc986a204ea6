using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api.Sinch;

/// <summary>
/// Sinch's fax resource, camelCase (Fax API 3.0 <c>Fax</c> schema). <c>contentUrl</c> is not
/// echoed: it may be a presigned secret.
/// </summary>
internal sealed record SinchFaxResource(
    string Id,
    string Direction,
    string From,
    string To,
    int? NumberOfPages,
    string Status,
    int MaxRetries,
    int RetryDelaySeconds,
    int RetryCount,
    IReadOnlyDictionary<string, string> Labels,
    string CreateTime,
    string? CompletedTime,
    int? PagesSentSuccessfully,
    string? ErrorType,
    int? ErrorCode,
    string? ErrorMessage,
    string ProjectId,
    bool HasFile)
{
    /// <summary>Sinch's default delay between its own retries.</summary>
    private const int DefaultRetryDelaySeconds = 60;

    /// <summary>A service's default <c>maxRetries</c> when the request names none.</summary>
    public const int DefaultMaxRetries = 3;

    public static SinchFaxResource FromSnapshot(FaxSnapshot fax, NewFax request, string projectId)
    {
        ArgumentNullException.ThrowIfNull(fax);
        ArgumentNullException.ThrowIfNull(request);
        var status = SinchStatuses.Of(fax.Status);
        var error = SinchStatuses.ErrorOf(fax);
        var final = status is SinchStatuses.Completed or SinchStatuses.Failure;
        return new SinchFaxResource(
            fax.Sid,
            Direction: "OUTBOUND",
            fax.From,
            fax.To,
            fax.NumPages,
            status,
            request.MaxRetries ?? DefaultMaxRetries,
            DefaultRetryDelaySeconds,
            RetryCount: 0,
            request.Labels ?? new Dictionary<string, string>(),
            ApiTime.Format(fax.DateCreated),
            final ? ApiTime.Format(fax.DateUpdated) : null,
            status == SinchStatuses.Completed ? fax.NumPages : final ? 0 : null,
            error?.Type,
            error?.Code,
            error?.Message,
            projectId,
            HasFile: false);
    }
}

/// <summary>
/// A page of the list (Fax API 3.0 <c>ListFaxesObject</c>): the faxes and the <c>Pagination</c>
/// block, <c>page</c>, <c>totalPages</c>, <c>pageSize</c>, <c>totalItems</c>.
/// </summary>
internal sealed record SinchFaxList(IReadOnlyList<SinchFaxResource> Faxes, int Page, int TotalPages, int PageSize, int TotalItems);
