using FaxGateway.Cli.Demo;
using FaxGateway.Simulator.Documents;

namespace FaxGateway.Cli.Benchmark;

/// <summary>
/// The PDFs the bench faxes, by page count: generated forms by default, or the PDFs of a folder
/// (real 1 to 4 page forms, say) grouped by their page count as the demo reads them. Each fax
/// gets its own copy at its own URL, so deliveries can be counted per fax.
/// </summary>
internal sealed class BenchDocuments
{
    private readonly IReadOnlyDictionary<int, IReadOnlyList<DemoDocuments.Document>> _byPages;

    private BenchDocuments(IReadOnlyDictionary<int, IReadOnlyList<DemoDocuments.Document>> byPages) => _byPages = byPages;

    /// <summary>The page counts this set has documents for.</summary>
    public IReadOnlyCollection<int> PageCounts => [.. _byPages.Keys.Order()];

    /// <summary>
    /// Documents of every page count in <paramref name="pageCounts"/>: generated ones, or those of
    /// <paramref name="folder"/> (a <see cref="DemoDocumentsException"/> names a count it has no PDF of).
    /// </summary>
    public static BenchDocuments Load(DirectoryInfo? folder, IEnumerable<int> pageCounts)
    {
        ArgumentNullException.ThrowIfNull(pageCounts);
        var wanted = pageCounts.Distinct().Order().ToList();
        if (folder is null)
        {
            return new BenchDocuments(wanted.ToDictionary(
                pages => pages,
                pages => (IReadOnlyList<DemoDocuments.Document>)[new DemoDocuments.Document(
                    $"absentee-application-{pages}p.pdf",
                    SampleFaxDocument.Create(pages, $"Absentee Ballot Application ({pages} page{(pages == 1 ? "" : "s")})"),
                    pages)]));
        }

        var found = DemoDocuments.Load(folder).GroupBy(document => document.Pages)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<DemoDocuments.Document>)[.. group]);
        var missing = wanted.Where(pages => !found.ContainsKey(pages)).ToList();
        if (missing.Count > 0)
        {
            throw new DemoDocumentsException(
                $"The folder '{folder.FullName}' has no PDF of {string.Join(", ", missing)} page(s); the workload needs PDFs of {string.Join(", ", wanted)} pages.");
        }

        return new BenchDocuments(wanted.ToDictionary(pages => pages, pages => found[pages]));
    }

    /// <summary>The document for the <paramref name="index"/>-th fax of <paramref name="pages"/> pages: the set's documents of that length in turn.</summary>
    public DemoDocuments.Document For(int pages, int index)
    {
        var documents = _byPages[pages];
        return documents[index % documents.Count];
    }
}
