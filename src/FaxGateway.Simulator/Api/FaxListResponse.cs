namespace FaxGateway.Simulator.Api;

/// <summary>Twilio's list page: <c>{"faxes": […], "meta": {…}}</c>. Newest first, <c>PageSize</c> a page.</summary>
internal sealed record FaxListResponse(IReadOnlyList<FaxResource> Faxes, FaxListMeta Meta);
