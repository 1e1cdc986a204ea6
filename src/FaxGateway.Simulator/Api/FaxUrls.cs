namespace FaxGateway.Simulator.Api;

/// <summary>The API's own URLs, built from the base URL the client used.</summary>
internal static class FaxUrls
{
    public const string FaxesPath = "v1/Faxes";

    public static Uri BaseUrlOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}/");
    }

    public static string Faxes(Uri baseUrl) => new Uri(baseUrl, FaxesPath).ToString();

    public static string Fax(Uri baseUrl, string sid) => new Uri(baseUrl, $"{FaxesPath}/{sid}").ToString();

    public static string MediaList(Uri baseUrl, string sid) => new Uri(baseUrl, $"{FaxesPath}/{sid}/Media").ToString();

    public static string Media(Uri baseUrl, string sid, string mediaSid) => new Uri(baseUrl, $"{FaxesPath}/{sid}/Media/{mediaSid}").ToString();
}
