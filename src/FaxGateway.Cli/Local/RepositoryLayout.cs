namespace FaxGateway.Cli.Local;

/// <summary>
/// Finds the repository checkout the local tools run from: the folder holding
/// <c>package.json</c> and <c>tools/sqs-emulator.mjs</c>. The demo and tests start the
/// emulators from there, so they work from any folder inside a clone.
/// </summary>
internal static class RepositoryLayout
{
    /// <summary>The script that starts the SQS emulator (fauxqs).</summary>
    public const string EmulatorScript = "tools/sqs-emulator.mjs";

    /// <summary>The script that starts the DynamoDB emulator (dynalite, in memory).</summary>
    public const string DynamoDbEmulatorScript = "tools/dynamodb-emulator.mjs";

    /// <summary>The repository root, searched upwards from the working folder and then from this program's folder.</summary>
    public static DirectoryInfo FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "package.json"))
                    && File.Exists(Path.Combine(folder.FullName, EmulatorScript)))
                {
                    return folder;
                }
            }
        }

        throw new InvalidOperationException(
            $"Cannot find the FaxGateway repository (a folder with package.json and {EmulatorScript}) " +
            "above the current folder; run this from inside a clone of the repository.");
    }
}
