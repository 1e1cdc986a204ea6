using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Media;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Media;

public sealed class MediaFetcherTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    [Fact]
    public async Task FetchAsync_Pdf_ReturnsPageCountAndContent()
    {
        using var sut = CreateSut();

        var result = await sut.FetchAsync(media.Pdf(3), TestTimeout.Token());

        Assert.Equal(3, result.Pages);
        Assert.NotNull(result.Content);
    }

    [Fact]
    public async Task FetchAsync_NotFound_NotFetchedWithStatusCode()
    {
        using var sut = CreateSut();

        var result = await sut.FetchAsync(media.Missing, TestTimeout.Token());

        Assert.Equal((11200, "media could not be fetched (HTTP 404)"), (result.Error!.Code, result.Error.Message));
    }

    [Fact]
    public async Task FetchAsync_NothingListening_NotFetchedUnreachable()
    {
        using var sut = CreateSut();

        var result = await sut.FetchAsync(TestMediaServer.Unreachable(), TestTimeout.Token());

        Assert.Equal("media could not be fetched (unreachable)", result.Error!.Message);
    }

    [Fact]
    public async Task FetchAsync_Html_NotPdf()
    {
        using var sut = CreateSut();

        var result = await sut.FetchAsync(media.Html, TestTimeout.Token());

        Assert.Equal("media is not a valid PDF (no %PDF- header)", result.Error!.Message);
    }

    private static MediaFetcher CreateSut() => new(new FaxSimulatorOptions());
}
