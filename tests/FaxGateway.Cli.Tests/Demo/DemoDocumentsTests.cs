using FaxGateway.Cli.Demo;
using FaxGateway.Simulator.Documents;

namespace FaxGateway.Cli.Tests.Demo;

public sealed class DemoDocumentsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("demo-documents-");

    [Fact]
    public void Load_NoFolder_GeneratesOneToFourPageForms()
    {
        var documents = DemoDocuments.Load(null);

        Assert.Equal([1, 2, 3, 4], documents.Select(d => d.Pages));
    }

    [Fact]
    public void Load_FolderOfPdfs_CountsEachOnesPages()
    {
        File.WriteAllBytes(Path.Combine(_folder.FullName, "b.pdf"), SampleFaxDocument.Create(3, "B"));
        File.WriteAllBytes(Path.Combine(_folder.FullName, "a.pdf"), SampleFaxDocument.Create(1, "A"));

        var documents = DemoDocuments.Load(_folder);

        Assert.Equal([("a.pdf", 1), ("b.pdf", 3)], documents.Select(d => (d.Name, d.Pages)));
    }

    [Fact]
    public void Load_EmptyFolder_FailsSayingSo()
    {
        var error = Assert.Throws<DemoDocumentsException>(() => DemoDocuments.Load(_folder));

        Assert.Equal($"The folder '{_folder.FullName}' holds no .pdf files.", error.Message);
    }

    [Fact]
    public void Load_FileThatIsNotAPdf_FailsNamingIt()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "notes.pdf"), "<html>not a pdf</html>");

        var error = Assert.Throws<DemoDocumentsException>(() => DemoDocuments.Load(_folder));

        Assert.StartsWith($"'notes.pdf' in '{_folder.FullName}' is not a readable PDF", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
