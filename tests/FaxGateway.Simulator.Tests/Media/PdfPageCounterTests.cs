using System.Text;
using FaxGateway.Simulator.Documents;
using FaxGateway.Simulator.Media;

namespace FaxGateway.Simulator.Tests.Media;

public sealed class PdfPageCounterTests
{
    [Fact]
    public void Count_SampleDocument_CountsItsPages()
    {
        var result = PdfPageCounter.Count(SampleFaxDocument.Create(4));

        Assert.True(result.IsValid);
        Assert.Equal(4, result.Pages);
    }

    [Fact]
    public void Count_HeaderAfterAFewJunkBytes_StillReadsThePdf()
    {
        byte[] pdf = [.. "junk\n"u8.ToArray(), .. SampleFaxDocument.Create(1)];

        var result = PdfPageCounter.Count(pdf);

        Assert.Equal(1, result.Pages);
    }

    [Theory]
    [InlineData("<html><body>hello</body></html>", "media is not a valid PDF (no %PDF- header)")]
    [InlineData("", "media is not a valid PDF (no %PDF- header)")]
    [InlineData("%PDF-1.7\ngarbage\n%%EOF", "media is not a valid PDF (it cannot be read)")]
    public void Count_NotAReadablePdf_ExplainsWhy(string content, string message)
    {
        var result = PdfPageCounter.Count(Encoding.ASCII.GetBytes(content));

        Assert.False(result.IsValid);
        Assert.Equal((12300, message), (result.Error!.Code, result.Error.Message));
    }
}
