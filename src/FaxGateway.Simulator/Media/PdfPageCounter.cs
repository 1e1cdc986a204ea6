using System.Text;
using UglyToad.PdfPig;

namespace FaxGateway.Simulator.Media;

/// <summary>Checks that media is a readable PDF and counts its pages, as a carrier does before dialling.</summary>
internal static class PdfPageCounter
{
    /// <summary>PDF readers accept the <c>%PDF-</c> header anywhere in the first kilobyte (Acrobat's implementation note).</summary>
    private const int HeaderSearchLength = 1024;

    private static readonly byte[] Header = Encoding.ASCII.GetBytes("%PDF-");

    public static MediaResult Count(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.AsSpan(0, Math.Min(content.Length, HeaderSearchLength)).IndexOf(Header) < 0)
        {
            return MediaResult.NotPdf("no %PDF- header");
        }

        int pages;
        try
        {
            using var document = PdfDocument.Open(content);
            pages = document.NumberOfPages;
        }
#pragma warning disable CA1031 // PdfPig throws many exception types for damaged files; any of them means "not readable".
        catch (Exception)
#pragma warning restore CA1031
        {
            return MediaResult.NotPdf("it cannot be read");
        }

        return pages > 0 ? MediaResult.Pdf(pages, content) : MediaResult.NotPdf("it has no pages");
    }
}
