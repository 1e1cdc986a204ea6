using System.IO.Compression;
using System.Text.Json;
using FaxGateway.Cli.Local;

namespace FaxGateway.Deployment.Tests;

/// <summary>
/// Builds the Lambda package with the README's command, packages the prod stage offline with
/// the pinned osls, and holds the generated CloudFormation template. Built once for all tests.
/// </summary>
public sealed class PackagedStack : IAsyncLifetime
{
    public const string Stage = "prod";
    public const string PhoneNumber = "+16175550100";
    public const string AlarmEmail = "ops@example.org";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);
    private string _output = null!;

    public DirectoryInfo Root { get; } = RepositoryLayout.FindRoot();

    /// <summary>The generated template's <c>Resources</c>.</summary>
    public JsonElement Resources { get; private set; }

    /// <summary>The Lambda package that serverless.yml deploys.</summary>
    public FileInfo Artifact => new(Path.Combine(Root.FullName, "artifacts", "lambda", "fax-gateway-functions.zip"));

    /// <summary>The entries of <see cref="Artifact"/>.</summary>
    public IReadOnlyList<string> ArtifactEntries { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await NodePackages.EnsureInstalledAsync(Root, CancellationToken.None);
        await ProcessRunner.RunAsync("dotnet", ["publish", "src/FaxGateway.Functions", "--nologo"], Root.FullName, CommandTimeout);
        using (var zip = ZipFile.OpenRead(Artifact.FullName))
        {
            ArtifactEntries = [.. zip.Entries.Select(entry => entry.FullName)];
        }

        // Package from a scratch copy of the service, so the test never touches the checkout's
        // own .serverless folder.
        _output = Directory.CreateTempSubdirectory("fax-gateway-package-").FullName;
        File.Copy(Path.Combine(Root.FullName, "serverless.yml"), Path.Combine(_output, "serverless.yml"));
        Directory.CreateDirectory(Path.Combine(_output, "artifacts", "lambda"));
        File.Copy(Artifact.FullName, Path.Combine(_output, "artifacts", "lambda", Artifact.Name));
        await ProcessRunner.RunAsync(
            "node",
            [
                Path.Combine(Root.FullName, "node_modules", "osls", "bin", "serverless.js"), "package",
                "--stage", Stage,
                $"--param=phoneNumber={PhoneNumber}",
                $"--param=alarmEmail={AlarmEmail}",
            ],
            _output,
            CommandTimeout);
        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, ".serverless", "cloudformation-template-update-stack.json")));
        Resources = template.RootElement.GetProperty("Resources").Clone();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_output, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Every resource of <paramref name="type"/>, by logical id.</summary>
    public IReadOnlyDictionary<string, JsonElement> OfType(string type) =>
        Resources.EnumerateObject()
            .Where(resource => resource.Value.GetProperty("Type").GetString() == type)
            .ToDictionary(resource => resource.Name, resource => resource.Value.GetProperty("Properties"));

    public JsonElement Properties(string logicalId) => Resources.GetProperty(logicalId).GetProperty("Properties");
}
