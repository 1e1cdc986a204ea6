using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace FaxGateway.Cli.Local;

/// <summary>
/// Serves the demo's PDFs over HTTP, at URLs shaped like presigned S3 links: the carrier
/// simulator fetches the media from here as a real carrier fetches <c>pdf_url</c>.
/// </summary>
internal sealed class MediaServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, byte[]> _documents = new(StringComparer.Ordinal);
    private WebApplication _app = null!;

    private MediaServer()
    {
    }

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<MediaServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new MediaServer();
        (server._app, server.BaseUrl) = await LocalWebHost.StartAsync(
            app => app.MapGet("/media/{name}", (string name) => server.Serve(name)), cancellationToken);
        return server;
    }

    /// <summary>Publishes a document and returns its URL, with a signature query like a presigned link.</summary>
    public Uri Publish(string name, byte[] pdf)
    {
        _documents[name] = pdf;
        var signature = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return new Uri(BaseUrl, $"media/{Uri.EscapeDataString(name)}?X-Amz-Expires=3600&X-Amz-Signature={signature}");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Serve(string name) =>
        _documents.TryGetValue(name, out var pdf) ? Results.File(pdf, "application/pdf") : Results.NotFound();
}
