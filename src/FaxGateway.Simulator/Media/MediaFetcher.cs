using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Media;

/// <summary>
/// Downloads a fax's media as the carrier would: a plain GET with no credentials of any kind,
/// then the PDF check and page count.
/// </summary>
internal sealed class MediaFetcher : IDisposable
{
    /// <summary>A cap far above any fax a gateway sends, so a bad URL cannot fill the simulator's memory.</summary>
    private const int MaxMediaMebibytes = 20;
    private const long MaxMediaBytes = MaxMediaMebibytes * 1024L * 1024L;

    /// <summary>Presigned-URL services redirect at most once or twice; more means a loop.</summary>
    private const int MaxRedirects = 5;

    private readonly HttpClient _http;

    public MediaFetcher(FaxSimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = MaxRedirects,
            UseCookies = false,
            PreAuthenticate = false,
            Credentials = null,
        };
        _http = new HttpClient(handler)
        {
            Timeout = options.MediaFetchTimeout,
            MaxResponseContentBufferSize = MaxMediaBytes,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("FaxGateway.Simulator/1.0");
    }

    public async Task<MediaResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            using var response = await _http.GetAsync(url, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return MediaResult.NotFetched($"HTTP {(int)response.StatusCode}");
            }

            content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            return MediaResult.NotFetched(exception.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded
                ? $"larger than {MaxMediaMebibytes} MiB"
                : "unreachable");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return MediaResult.NotFetched("timed out");
        }

        return PdfPageCounter.Count(content);
    }

    public void Dispose() => _http.Dispose();
}
