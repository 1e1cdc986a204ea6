using System.Net;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Net;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Media;

/// <summary>
/// Fetches <c>pdf_url</c> itself, through the outbound URL guard, before each attempt. A link
/// that is gone for good (401, 403, 404, 410, a redirect, an expired signature, a refused
/// address) or a document that is not a fax-able PDF ends the fax at once with the reason;
/// a server error or timeout is worth another attempt later.
/// </summary>
internal sealed class HttpMediaPreflight(HttpClient http, FaxGatewaySettings settings, TimeProvider time) : IMediaPreflight
{
    /// <summary>The named HTTP client this check uses; it connects through <see cref="GuardedConnection"/>.</summary>
    public const string HttpClientName = "media";

    /// <summary>
    /// A link must stay valid this long after the check: the carrier fetches the document
    /// itself, shortly after it accepts the fax.
    /// </summary>
    public static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(5);

    private static readonly HashSet<HttpStatusCode> Gone =
        [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Gone];

    public async Task<MediaCheck> CheckAsync(Fax fax, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var url = new Uri(fax.PdfUrl);
        if (UrlPolicy.Refusal(fax.PdfUrl, settings.AllowInsecureUrls) is { } refusal)
        {
            return MediaCheck.Permanent($"media link refused (it {refusal})");
        }

        if (PresignedUrlExpiry.Of(url) is { } expires && expires <= time.GetUtcNow() + ExpiryMargin)
        {
            return MediaCheck.Permanent("media link expired");
        }

        return await FetchAsync(url, cancellationToken);
    }

    private async Task<MediaCheck> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(settings.MediaTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return await ReadAsync(response, linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return MediaCheck.Retryable("media unavailable (no answer in time)");
        }
        catch (HttpRequestException exception) when (OutboundUrlRefusedException.In(exception) is { } refused)
        {
            return MediaCheck.Permanent($"media link refused ({refused.Message})");
        }
        catch (HttpRequestException exception)
        {
            return MediaCheck.Retryable($"media unavailable ({exception.HttpRequestError})");
        }
    }

    private async Task<MediaCheck> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (Gone.Contains(response.StatusCode))
        {
            return MediaCheck.Permanent($"media unavailable or expired (HTTP {status})");
        }

        if (status is >= 300 and < 400)
        {
            return MediaCheck.Permanent($"media link redirects (HTTP {status}); give the final URL");
        }

        if (status == 429 || status >= 500)
        {
            return MediaCheck.Retryable($"media unavailable (HTTP {status})");
        }

        if (status is < 200 or >= 300)
        {
            return MediaCheck.Permanent($"media unavailable (HTTP {status})");
        }

        var document = await ReadCappedAsync(response.Content, cancellationToken);
        if (document is null)
        {
            return MediaCheck.Permanent($"media larger than {Size(settings.MediaMaxBytes)}");
        }

        var problem = PdfInspection.Problem(document, response.Content.Headers.ContentType?.ToString(), out var pages);
        return problem is null ? MediaCheck.Usable(pages) : MediaCheck.Permanent(problem);
    }

    private static string Size(long bytes) => bytes >= 1_000_000 ? $"{bytes / 1_000_000} MB" : $"{bytes / 1_000} KB";

    /// <summary>The body, or null when it is larger than the limit (read no further than that).</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > settings.MediaMaxBytes)
        {
            return null;
        }

        await using var body = await content.ReadAsStreamAsync(cancellationToken);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > settings.MediaMaxBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
