using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace FaxGateway.Core.Media;

/// <summary>
/// What a downloaded document is: a PDF a carrier can fax (with its page count), or why not.
/// Checked here because carriers answer a bad document with a failed fax, and the gateway
/// would otherwise spend its attempts on a document that will never go through.
/// </summary>
public static class PdfInspection
{
    // The PDF header may follow a little junk; readers look for it in the first kilobyte.
    private const int HeaderWindow = 1024;

    // A complete PDF ends with %%EOF, perhaps followed by a line end or a little padding.
    private const int TrailerWindow = 2048;

    /// <summary>The problem with <paramref name="document"/>, or null (and its pages) when it can be faxed.</summary>
    public static string? Problem(ReadOnlySpan<byte> document, string? contentType, out int pages)
    {
        pages = 0;
        if (document.IsEmpty)
        {
            return "media is an empty file";
        }

        if (document[..Math.Min(HeaderWindow, document.Length)].IndexOf("%PDF-"u8) < 0)
        {
            return $"media is not a PDF ({Describe(contentType)})";
        }

        if (document[^Math.Min(TrailerWindow, document.Length)..].IndexOf("%%EOF"u8) < 0)
        {
            return "media is a damaged or truncated PDF";
        }

        return Open(document.ToArray(), out pages);
    }

    private static string? Open(byte[] document, out int pages)
    {
        pages = 0;
        try
        {
            using var pdf = PdfDocument.Open(document);
            pages = pdf.NumberOfPages;
            return pages > 0 ? null : "media is a PDF with no pages";
        }
        catch (PdfDocumentEncryptedException)
        {
            return "media is a password-protected PDF";
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Deliberate catch-all: PdfPig reports malformed documents with many exception
            // types (format, stack depth, index, null reference); any of them means no carrier
            // will render this file either.
            return "media is a damaged PDF";
        }
    }

    private static string Describe(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType) ? "no content type" : Printable(contentType.Split(';')[0].Trim());

    private static string Printable(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Take(60))
        {
            builder.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return builder.ToString();
    }
}
