namespace FaxGateway.Simulator.Api;

/// <summary>Twilio's paging block: absolute URLs of this, the first, the next and the previous page (null at either end).</summary>
internal sealed record FaxListMeta(
    string FirstPageUrl, string Key, string? NextPageUrl, int Page, int PageSize, string? PreviousPageUrl, string Url);
