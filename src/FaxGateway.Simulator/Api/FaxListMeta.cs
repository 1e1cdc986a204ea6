namespace FaxGateway.Simulator.Api;

/// <summary>Twilio's paging block. Always page 0 with no next page: the simulator serves the newest <c>PageSize</c> faxes.</summary>
internal sealed record FaxListMeta(
    string FirstPageUrl, string Key, string? NextPageUrl, int Page, int PageSize, string? PreviousPageUrl, string Url);
