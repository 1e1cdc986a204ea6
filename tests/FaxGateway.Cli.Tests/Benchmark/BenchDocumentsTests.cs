using FaxGateway.Cli.Benchmark;
using FaxGateway.Cli.Demo;
using FaxGateway.Simulator.Documents;

namespace FaxGateway.Cli.Tests.Benchmark;

public sealed class BenchDocumentsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bench-documents-");

    [Fact]
    public void Load_NoFolder_AGeneratedFormOfEachLength()
    {
        var documents = BenchDocuments.Load(null, [1, 2, 3, 4]);

        Assert.Equal([1, 2, 3, 4], documents.PageCounts);
        Assert.All(Enumerable.Range(1, 4), pages => Assert.Equal(pages, documents.For(pages, 0).Pages));
    }

    [Fact]
    public void Load_Folder_GroupedByPageCountAndHandedOutInTurn()
    {
        foreach (var (name, pages) in new[] { ("a", 1), ("b", 2), ("c", 2), ("d", 3), ("e", 4), ("f", 7) })
        {
            File.WriteAllBytes(Path.Combine(_folder.FullName, $"{name}.pdf"), SampleFaxDocument.Create(pages, name));
        }

        var documents = BenchDocuments.Load(_folder, [1, 2, 3, 4]);

        Assert.Equal([1, 2, 3, 4], documents.PageCounts);
        Assert.Equal(["b.pdf", "c.pdf", "b.pdf"], new[] { 0, 1, 2 }.Select(i => documents.For(2, i).Name));
    }

    [Fact]
    public void Load_FolderWithoutSomeLength_FailsNamingIt()
    {
        File.WriteAllBytes(Path.Combine(_folder.FullName, "a.pdf"), SampleFaxDocument.Create(1, "a"));
        File.WriteAllBytes(Path.Combine(_folder.FullName, "c.pdf"), SampleFaxDocument.Create(3, "c"));

        var error = Assert.Throws<DemoDocumentsException>(() => BenchDocuments.Load(_folder, [1, 2, 3, 4]));

        Assert.Contains("no PDF of 2, 4 page(s)", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
