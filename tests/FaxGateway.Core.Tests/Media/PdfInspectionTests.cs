using System.Text;
using FaxGateway.Core.Media;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Media;

public sealed class PdfInspectionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Problem_RealPdf_NoneAndCountsPages(int pages)
    {
        var problem = PdfInspection.Problem(TestPdfs.Valid(pages), "application/pdf", out var counted);

        Assert.Null(problem);
        Assert.Equal(pages, counted);
    }

    public static TheoryData<string, byte[], string> BrokenDocuments => new()
    {
        { "empty", [], "media is an empty file" },
        { "html error page", TestPdfs.Html(), "media is not a PDF (text/html)" },
        { "truncated", TestPdfs.Truncated(), "media is a damaged or truncated PDF" },
        { "password", TestPdfs.PasswordProtected(), "media is a password-protected PDF" },
        { "no pages", TestPdfs.NoPages(), "media is a PDF with no pages" },
        { "header only", Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"), "media is a damaged PDF" },
    };

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Problem_DocumentNoCarrierCanSend_SaysWhy(string name, byte[] document, string problem)
    {
        Assert.Equal(problem, PdfInspection.Problem(document, "text/html; charset=utf-8", out _));
        Assert.NotNull(name);
    }
}
