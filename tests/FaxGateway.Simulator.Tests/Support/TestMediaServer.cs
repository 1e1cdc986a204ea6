using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FaxGateway.Simulator.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Simulator.Tests.Support;

/// <summary>
/// A small web server on 127.0.0.1 that plays the part of the gateway's PDF bucket: generated
/// PDFs, an HTML page, a 404, a damaged PDF. It remembers the Authorization header of every request.
/// </summary>
public sealed class TestMediaServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The Authorization header of every request, empty when there was none.</summary>
    public ConcurrentQueue<string> AuthorizationHeaders { get; } = new();

    public Uri Pdf(int pages) => new(BaseUrl, $"pdf/{pages}");

    public Uri Html => new(BaseUrl, "page.html");

    public Uri Missing => new(BaseUrl, "missing.pdf");

    public Uri DamagedPdf => new(BaseUrl, "damaged.pdf");

    /// <summary>A loopback port that nothing listens on.</summary>
    public static Uri Unreachable()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/fax.pdf");
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            AuthorizationHeaders.Enqueue(context.Request.Headers.Authorization.ToString());
            await next(context);
        });
        _app.MapGet("/pdf/{pages:int}", (int pages) => Results.File(SampleFaxDocument.Create(pages), "application/pdf"));
        _app.MapGet("/page.html", () => Results.Content("<html><body>Not a fax</body></html>", "text/html"));
        _app.MapGet("/damaged.pdf", () => Results.File(Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not really a PDF\n%%EOF"), "application/pdf"));
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Urls.First().TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
