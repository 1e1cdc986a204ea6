using System.Diagnostics;
using System.Text.Json;

namespace FaxGateway.Cli.Local;

/// <summary>
/// Makes sure the npm packages pinned in <c>package.json</c> are installed, running
/// <c>npm ci</c> once when they are not, so a fresh clone needs no manual set-up. Several test
/// assemblies may start at once: a lock file lets one install while the others wait.
/// </summary>
internal static class NodePackages
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public static Task EnsureInstalledAsync(DirectoryInfo root, CancellationToken cancellationToken) =>
        EnsureInstalledAsync(root, _ => { }, cancellationToken);

    /// <summary>As above, telling <paramref name="progress"/> before the install starts (it takes half a minute or so).</summary>
    public static async Task EnsureInstalledAsync(DirectoryInfo root, Action<string> progress, CancellationToken cancellationToken)
    {
        if (IsInstalled(root))
        {
            return;
        }

        await InProcess.WaitAsync(cancellationToken);
        try
        {
            await using var crossProcess = await AcquireLockAsync(root, cancellationToken);
            if (!IsInstalled(root))
            {
                progress("Installing the pinned npm packages with 'npm ci' (first run only; this takes a little while)...");
                await RunNpmCiAsync(root, cancellationToken);
            }
        }
        finally
        {
            InProcess.Release();
        }
    }

    /// <summary>Installed means every pinned package is present at its pinned version.</summary>
    private static bool IsInstalled(DirectoryInfo root)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(root.FullName, "package.json")));
        if (!manifest.RootElement.TryGetProperty("devDependencies", out var pins))
        {
            return true;
        }

        foreach (var pin in pins.EnumerateObject())
        {
            var installed = Path.Combine(root.FullName, "node_modules", pin.Name, "package.json");
            if (!File.Exists(installed))
            {
                return false;
            }

            using var package = JsonDocument.Parse(File.ReadAllText(installed));
            if (package.RootElement.GetProperty("version").GetString() != pin.Value.GetString())
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<FileStream> AcquireLockAsync(DirectoryInfo root, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root.FullName, ".npm-install.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    private static async Task RunNpmCiAsync(DirectoryInfo root, CancellationToken cancellationToken)
    {
        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        var start = new ProcessStartInfo(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            WorkingDirectory = root.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("npm was not found: install Node.js 20 or later (it brings npm).", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(InstallTimeout);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"'npm ci' failed in {root.FullName} (exit {process.ExitCode}):\n{await errors}\n{await output}");
            }
        }
    }
}
