using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace FaxGateway.Testing;

/// <summary>Documents for media checks: good PDFs and the broken kinds that reach a fax gateway in practice.</summary>
public static class TestPdfs
{
    /// <summary>A real PDF of <paramref name="pages"/> pages of text.</summary>
    public static byte[] Valid(int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++)
        {
            var page = builder.AddPage(PageSize.Letter);
            page.AddText($"Test form, page {i} of {pages}", 14, new UglyToad.PdfPig.Core.PdfPoint(72, 700), font);
        }

        return builder.Build();
    }

    /// <summary>A PDF cut off part-way, as an interrupted upload leaves it.</summary>
    public static byte[] Truncated() => Valid(3)[..(Valid(3).Length * 6 / 10)];

    /// <summary>The HTML error page a storage service returns for an expired link.</summary>
    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><h1>403 Forbidden</h1><p>Request has expired</p></body></html>");

    /// <summary>A PDF that opens only with a password (its user password is not empty).</summary>
    public static byte[] PasswordProtected() => Handmade(
        pageCount: 1,
        extraObjects: ["<< /Filter /Standard /V 1 /R 2 /Length 40 /P -3904 /O <" + new string('a', 64) + "> /U <" + new string('b', 64) + "> >>"],
        trailerExtra: "/Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]");

    /// <summary>A well-formed PDF whose page tree holds no pages.</summary>
    public static byte[] NoPages() => Handmade(pageCount: 0, extraObjects: [], trailerExtra: string.Empty);

    /// <summary>A minimal PDF written by hand, with a correct cross-reference table.</summary>
    private static byte[] Handmade(int pageCount, IReadOnlyList<string> extraObjects, string trailerExtra)
    {
        var kids = pageCount == 0 ? string.Empty : "3 0 R";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{kids}] /Count {pageCount} >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
        };
        objects.AddRange(extraObjects);
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
