using System.Net.Http.Headers;
using System.Text;

namespace FaxGateway.Core.Carriers;

/// <summary>Builds carrier requests: auth headers, and the mark that tells the retry policy a request creates a fax.</summary>
internal static class CarrierRequests
{
    /// <summary>Set on a request that creates a fax: retrying it after an ambiguous failure could send the fax twice.</summary>
    public static readonly HttpRequestOptionsKey<bool> CreatesFax = new("FaxGateway.CreatesFax");

    /// <summary>A request for JSON under <paramref name="baseUrl"/>.</summary>
    public static HttpRequestMessage Create(HttpMethod method, Uri baseUrl, string path, HttpContent? content = null) =>
        Create(method, new Uri(baseUrl, path), content);

    /// <summary>A request for JSON to <paramref name="url"/> (a list's next page, say).</summary>
    public static HttpRequestMessage Create(HttpMethod method, Uri url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    /// <summary>Marks <paramref name="request"/> as the one that creates a fax.</summary>
    public static HttpRequestMessage CreatingFax(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(CreatesFax, true);
        return request;
    }

    /// <summary>Whether <paramref name="request"/> creates a fax.</summary>
    public static bool IsCreatingFax(HttpRequestMessage request) =>
        request.Options.TryGetValue(CreatesFax, out var creates) && creates;

    /// <summary>HTTP Basic with <paramref name="user"/> and <paramref name="password"/>.</summary>
    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    /// <summary>Path-safe form of a carrier's fax id.</summary>
    public static string Segment(string id) => Uri.EscapeDataString(id);
}
