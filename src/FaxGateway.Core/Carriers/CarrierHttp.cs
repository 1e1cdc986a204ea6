using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly.Timeout;

namespace FaxGateway.Core.Carriers;

/// <summary>
/// The part every carrier adapter shares: send one request through the carrier's HTTP client
/// (which retries rate limits and server errors, see <see cref="Resilience.CarrierRetryPolicy"/>),
/// turn a broken call into a <see cref="CarrierException"/> that says what was being done, and
/// read the JSON answer. Messages never carry credentials, URLs or request bodies.
/// </summary>
internal sealed class CarrierHttp(HttpClient http, CarrierSettings settings)
{
    /// <summary>The named HTTP client every carrier uses; its handler chain holds the retry policy.</summary>
    public const string HttpClientName = "fax-carrier";

    /// <summary>Longest piece of a carrier's own error text quoted in a message: carriers are outside our control.</summary>
    private const int MaxErrorTextLength = 200;

    /// <summary>Where the carrier's API is.</summary>
    public Uri BaseUrl => settings.BaseUrl;

    /// <summary>
    /// Sends <paramref name="request"/> and returns the body of a 2xx answer. Any other answer
    /// throws, with <paramref name="describeError"/>'s reading of the carrier's error body.
    /// </summary>
    public async Task<string> SendAsync(
        HttpRequestMessage request, string what, Func<string, string?> describeError, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(describeError);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new CarrierException($"Could not reach the fax API to {what} ({exception.HttpRequestError})", null, exception);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new CarrierException($"The fax API did not answer in time to {what}", null, exception);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new CarrierException(DescribeRefusal(response.StatusCode, body, what, describeError), response.StatusCode);
            }

            return body;
        }
    }

    /// <summary>
    /// GETs <paramref name="url"/> with <paramref name="authorization"/> and reads the JSON answer
    /// as <paramref name="type"/>; a refusal or an unreadable answer throws.
    /// </summary>
    public async Task<T> GetJsonAsync<T>(
        Uri url,
        AuthenticationHeaderValue authorization,
        JsonTypeInfo<T> type,
        string what,
        Func<string, string?> describeError,
        CancellationToken cancellationToken)
        where T : class
    {
        using var request = CarrierRequests.Create(HttpMethod.Get, url);
        request.Headers.Authorization = authorization;
        return Read(await SendAsync(request, what, describeError, cancellationToken), type, what);
    }

    /// <summary>Reads a JSON answer; an answer that is not JSON of the expected shape throws.</summary>
    public static T Read<T>(string body, JsonTypeInfo<T> type, string what)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type)
                ?? throw new CarrierException($"The fax API's answer to {what} is empty");
        }
        catch (JsonException exception)
        {
            throw new CarrierException($"The fax API's answer to {what} is not JSON of the expected shape", exception);
        }
    }

    /// <summary>Reads an error body that may not be JSON at all (proxies answer HTML); null when it cannot.</summary>
    public static T? TryRead<T>(string body, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            // Not every error body is JSON; the status code still tells.
            return null;
        }
    }

    /// <summary>A carrier's own text, cut to a length fit for a message.</summary>
    public static string Truncate(string text) =>
        text.Length <= MaxErrorTextLength ? text : text[..MaxErrorTextLength];

    private string DescribeRefusal(HttpStatusCode status, string body, string what, Func<string, string?> describeError)
    {
        var detail = describeError(body) is { Length: > 0 } text ? $": {Truncate(text)}" : string.Empty;
        var hint = status == HttpStatusCode.Unauthorized ? $" (check {settings.CredentialVariables})" : string.Empty;
        return $"The fax API refused to {what}: HTTP {(int)status}{detail}{hint}";
    }
}
