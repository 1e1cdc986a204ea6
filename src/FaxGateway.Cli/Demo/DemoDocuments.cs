using FaxGateway.Simulator.Documents;
using UglyToad.PdfPig;

namespace FaxGateway.Cli.Demo;

/// <summary>
/// The PDFs the demo faxes: generated forms of 1 to 4 pages by default, or every PDF in a
/// folder (real election forms, say), handed out to the faxes in turn.
/// </summary>
internal static class DemoDocuments
{
    /// <summary>A named PDF and its page count.</summary>
    public sealed record Document(string Name, byte[] Pdf, int Pages);

    public static IReadOnlyList<Document> Load(DirectoryInfo? folder) =>
        folder is null ? Generate() : FromFolder(folder);

    private static List<Document> Generate() =>
        [.. Enumerable.Range(1, 4).Select(pages => new Document(
            $"absentee-application-{pages}p.pdf",
            SampleFaxDocument.Create(pages, $"Absentee Ballot Application ({pages} page{(pages == 1 ? "" : "s")})"),
            pages))];

    private static List<Document> FromFolder(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            throw new DemoDocumentsException($"The PDF folder '{folder.FullName}' does not exist.");
        }

        var documents = folder.EnumerateFiles("*.pdf")
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .Select(file => Read(file))
            .ToList();
        return documents.Count > 0
            ? documents
            : throw new DemoDocumentsException($"The folder '{folder.FullName}' holds no .pdf files.");
    }

    private static Document Read(FileInfo file)
    {
        var bytes = File.ReadAllBytes(file.FullName);
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            return pdf.NumberOfPages > 0
                ? new Document(file.Name, bytes, pdf.NumberOfPages)
                : throw new DemoDocumentsException($"'{file.Name}' has no pages.");
        }
        catch (Exception exception) when (exception is not DemoDocumentsException and not OutOfMemoryException)
        {
            // PdfPig throws several types for a damaged file; every one of them means the same here.
            throw new DemoDocumentsException($"'{file.Name}' in '{file.DirectoryName}' is not a readable PDF ({exception.Message})", exception);
        }
    }
}

/// <summary>The demo's PDF folder cannot be used; the message says why, naming the file.</summary>
internal sealed class DemoDocumentsException : Exception
{
    public DemoDocumentsException()
    {
    }

    public DemoDocumentsException(string message)
        : base(message)
    {
    }

    public DemoDocumentsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
