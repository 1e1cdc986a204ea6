using FaxGateway.Simulator.Documents;
using UglyToad.PdfPig;

namespace FaxGateway.Simulator.Tests.Documents;

public sealed class SampleFaxDocumentTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Create_Pages_PdfPigReadsTheSamePageCount(int pages)
    {
        var pdf = SampleFaxDocument.Create(pages);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(pages, document.NumberOfPages);
    }

    [Fact]
    public void Create_WithTitle_TitleAndPageNumbersAreReadableText()
    {
        var pdf = SampleFaxDocument.Create(2, "Voter Registration Form");

        using var document = PdfDocument.Open(pdf);
        var first = document.GetPage(1).Text;
        var second = document.GetPage(2).Text;
        Assert.Contains("Voter Registration Form", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains("Full legal name", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Contains("Not a real form", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ZeroPages_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleFaxDocument.Create(0));
    }
}
