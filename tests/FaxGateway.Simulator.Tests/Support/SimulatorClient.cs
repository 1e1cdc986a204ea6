using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Tests.Support;

/// <summary>A plain HTTP client for the simulator's Twilio API, with Basic credentials.</summary>
internal sealed class SimulatorClient : IDisposable
{
    public const string From = "+16175550000";

    private readonly HttpClient _http;

    public SimulatorClient(Uri baseUrl, string accountSid = FaxSimulatorOptions.DefaultAccountSid, string? authToken = FaxSimulatorOptions.DefaultAuthToken)
    {
        _http = new HttpClient { BaseAddress = baseUrl };
        if (authToken is not null)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{authToken}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }
    }

    /// <summary>Creates a fax the way the gateway does (StoreMedia=false); <paramref name="extra"/> adds or overrides fields.</summary>
    public Task<ApiResponse> CreateAsync(string to, Uri mediaUrl, params (string Name, string Value)[] extra)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["To"] = to, ["From"] = From, ["MediaUrl"] = mediaUrl.ToString(), ["StoreMedia"] = "false",
        };
        foreach (var (name, value) in extra)
        {
            form[name] = value;
        }

        return PostAsync("v1/Faxes", form.Select(field => (field.Key, field.Value)));
    }

    /// <summary>Creates a fax and returns its sid, failing the test unless the answer is 201.</summary>
    public async Task<string> SendAsync(string to, Uri mediaUrl, params (string Name, string Value)[] extra)
    {
        var response = await CreateAsync(to, mediaUrl, extra);
        Assert.Equal(HttpStatusCode.Created, response.Status);
        return response.Text("sid")!;
    }

    public Task<ApiResponse> FetchAsync(string sid) => GetAsync($"v1/Faxes/{sid}");

    public Task<ApiResponse> CancelAsync(string sid, string status = "canceled") =>
        PostAsync($"v1/Faxes/{sid}", [("Status", status)]);

    public async Task<ApiResponse> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<ApiResponse> PostAsync(string path, IEnumerable<(string Name, string Value)> form)
    {
        using var content = new FormUrlEncodedContent(form.Select(field => KeyValuePair.Create(field.Name, field.Value)));
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _http.Dispose();
}
