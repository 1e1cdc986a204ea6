using FaxGateway.Core.Carriers;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Media;
using FaxGateway.Core.Settings;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Media;

/// <summary>Over real HTTP to a loopback media host.</summary>
public sealed class HttpMediaPreflightTests : IAsyncLifetime
{
    private LoopbackHttpServer _media = null!;

    public async Task InitializeAsync() => _media = await LoopbackHttpServer.StartAsync();

    public async Task DisposeAsync() => await _media.DisposeAsync();

    [Fact]
    public async Task CheckAsync_ReachablePdf_IsUsableWithItsPageCount()
    {
        _media.Respond(_ => ScriptedResponse.Bytes(TestPdfs.Valid(3), "application/pdf"));

        var check = await CheckAsync("form.pdf");

        Assert.Equal(MediaCheck.Usable(3), check);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(410)]
    public async Task CheckAsync_LinkGoneForGood_IsPermanent(int status)
    {
        _media.RespondInTurn(status);

        Assert.Equal(MediaCheck.Permanent($"media unavailable or expired (HTTP {status})"), await CheckAsync("form.pdf"));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task CheckAsync_ServerTroubles_IsRetryable(int status)
    {
        _media.RespondInTurn(status);

        Assert.Equal(MediaCheck.Retryable($"media unavailable (HTTP {status})"), await CheckAsync("form.pdf"));
    }

    [Fact]
    public async Task CheckAsync_SlowServer_IsRetryable()
    {
        _media.RespondAsync(async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return ScriptedResponse.Bytes(TestPdfs.Valid(), "application/pdf");
        });

        var check = await CheckAsync("form.pdf", s => s with { MediaTimeout = TimeSpan.FromMilliseconds(200) });

        Assert.Equal(MediaCheck.Retryable("media unavailable (no answer in time)"), check);
    }

    [Fact]
    public async Task CheckAsync_Redirect_IsPermanentAndNotFollowed()
    {
        _media.Respond(_ => ScriptedResponse.Redirect("http://169.254.169.254/latest/meta-data/"));

        Assert.Equal(MediaCheck.Permanent("media link redirects (HTTP 302); give the final URL"), await CheckAsync("form.pdf"));
        Assert.Single(_media.Requests);
    }

    [Fact]
    public async Task CheckAsync_HtmlErrorPage_IsPermanent()
    {
        _media.Respond(_ => ScriptedResponse.Bytes(TestPdfs.Html(), "text/html; charset=utf-8"));

        Assert.Equal(MediaCheck.Permanent("media is not a PDF (text/html)"), await CheckAsync("form.pdf"));
    }

    [Fact]
    public async Task CheckAsync_TooLarge_IsPermanentWithoutReadingItAll()
    {
        _media.Respond(_ => ScriptedResponse.Bytes(new byte[20_000], "application/pdf"));

        var check = await CheckAsync("form.pdf", s => s with { MediaMaxBytes = 10_000 });

        Assert.Equal(MediaCheck.Permanent("media larger than 10 KB"), check);
    }

    [Fact]
    public async Task CheckAsync_ExpiredPresignedLink_IsPermanentWithoutARequest()
    {
        var check = await CheckAsync("form.pdf?X-Amz-Date=20200101T000000Z&X-Amz-Expires=3600&X-Amz-Signature=ab");

        Assert.Equal(MediaCheck.Permanent("media link expired"), check);
        Assert.Empty(_media.Requests);
    }

    [Theory]
    [InlineData("https://10.0.0.5/form.pdf", "media link refused (it points at a private address)")]
    [InlineData("https://[::ffff:169.254.169.254]/latest", "media link refused (it points at a link-local address (where cloud metadata services live))")]
    [InlineData("ftp://example.com/form.pdf", "media link refused (it must be an https URL)")]
    public async Task CheckAsync_UrlTheGuardRefuses_IsPermanent(string url, string status)
    {
        var sut = CreateSut(s => s with { AllowInsecureUrls = false });

        var check = await sut.CheckAsync(Builders.Fax() with { PdfUrl = url }, CancellationToken.None);

        Assert.Equal(MediaCheck.Permanent(status), check);
    }

    [Fact]
    public async Task CheckAsync_HostResolvingToLoopback_IsRefusedWhenInsecureUrlsAreNot()
    {
        var url = new UriBuilder(_media.Url("form.pdf")) { Scheme = "https", Host = "localhost" }.Uri;
        var sut = CreateSut(s => s with { AllowInsecureUrls = false });

        var check = await sut.CheckAsync(Builders.Fax() with { PdfUrl = url.ToString() }, CancellationToken.None);

        Assert.Equal(MediaCheck.Permanent("media link refused (the host resolves to a loopback address)"), check);
        Assert.Equal(CarrierFaxState.FailedPermanent, check.State);
    }

    private Task<MediaCheck> CheckAsync(string relative, Func<FaxGatewaySettings, FaxGatewaySettings>? configure = null) =>
        CreateSut(configure).CheckAsync(Builders.Fax() with { PdfUrl = _media.Url(relative).ToString() }, CancellationToken.None);

    private static IMediaPreflight CreateSut(Func<FaxGatewaySettings, FaxGatewaySettings>? configure = null)
    {
        var settings = (configure ?? (s => s))(Builders.Settings() with { AllowInsecureUrls = true });
        return new ServiceCollection().AddFaxGateway(settings).BuildServiceProvider().GetRequiredService<IMediaPreflight>();
    }
}
