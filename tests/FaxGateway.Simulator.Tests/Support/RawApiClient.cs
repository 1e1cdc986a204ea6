using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace FaxGateway.Simulator.Tests.Support;

/// <summary>A plain HTTP client for any of the simulator's APIs, with whatever Authorization header a test gives.</summary>
internal sealed class RawApiClient(Uri baseUrl, AuthenticationHeaderValue? authorization) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseUrl, DefaultRequestHeaders = { Authorization = authorization } };

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    public async Task<(ApiResponse Response, HttpResponseMessage Message)> PostJsonAsync(string path, object body)
    {
        var message = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        return (new ApiResponse(message.StatusCode, await message.Content.ReadAsStringAsync()), message);
    }

    public async Task<ApiResponse> PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));
        using var message = await _http.PostAsync(new Uri(path, UriKind.Relative), content);
        return new ApiResponse(message.StatusCode, await message.Content.ReadAsStringAsync());
    }

    public async Task<(ApiResponse Response, HttpResponseMessage Message)> GetAsync(string path)
    {
        var message = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return (new ApiResponse(message.StatusCode, await message.Content.ReadAsStringAsync()), message);
    }

    public void Dispose() => _http.Dispose();
}
