using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api.Telnyx;

/// <summary>
/// Telnyx's fax resource (team-telnyx/telnyx-python src/telnyx/types/fax.py), inside
/// <c>{"data": …}</c>. The request's <c>media_url</c> is not echoed: it may be a presigned secret.
/// </summary>
internal sealed record TelnyxFaxResource(
    string Id,
    string RecordType,
    string ConnectionId,
    string Direction,
    string From,
    string To,
    string Quality,
    string Status,
    bool StoreMedia,
    string? ClientState,
    string? FailureReason,
    int? PageCount,
    string CreatedAt,
    string UpdatedAt)
{
    public static TelnyxFaxResource FromSnapshot(FaxSnapshot fax, NewFax request, string connectionId)
    {
        ArgumentNullException.ThrowIfNull(fax);
        ArgumentNullException.ThrowIfNull(request);
        return new TelnyxFaxResource(
            fax.Sid,
            RecordType: "fax",
            connectionId,
            Direction: "outbound",
            fax.From,
            fax.To,
            fax.Quality,
            TelnyxStatuses.Of(fax),
            request.StoreMedia,
            request.ClientState,
            TelnyxStatuses.FailureReason(fax),
            fax.NumPages,
            ApiTime.Format(fax.DateCreated),
            ApiTime.Format(fax.DateUpdated));
    }
}

/// <summary>
/// A page of a Telnyx list: <c>{"data": […], "meta": {"page_number", "page_size", "total_pages",
/// "total_results"}}</c>, pages numbered from 1.
/// </summary>
internal sealed record TelnyxList<T>(IReadOnlyList<T> Data, TelnyxPageMeta Meta);

/// <summary>The paging block of a Telnyx list.</summary>
internal sealed record TelnyxPageMeta(int PageNumber, int PageSize, int TotalPages, int TotalResults);

/// <summary>Telnyx's answers wrap the resource: <c>{"data": …}</c>.</summary>
internal sealed record TelnyxData<T>(T Data);

/// <summary>The cancel answer's data: <c>{"result": "ok"}</c>.</summary>
internal sealed record TelnyxActionResult(string Result);
