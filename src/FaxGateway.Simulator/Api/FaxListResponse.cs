namespace FaxGateway.Simulator.Api;

/// <summary>Twilio's list page: <c>{"faxes": […], "meta": {…}}</c>. The simulator serves one page.</summary>
internal sealed record FaxListResponse(IReadOnlyList<FaxResource> Faxes, FaxListMeta Meta);
