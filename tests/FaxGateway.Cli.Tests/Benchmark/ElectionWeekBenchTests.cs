using System.Text.Json;
using System.Xml.Linq;
using FaxGateway.Cli.Benchmark;
using Xunit.Abstractions;

namespace FaxGateway.Cli.Tests.Benchmark;

/// <summary>
/// <c>faxgw bench</c> in miniature, end to end: the full local stack and <c>faxgw run</c> as its
/// own process, both policies, 30 faxes at 600 times real speed. It checks that the run keeps the
/// invariants and writes its files; the figures themselves are for the command to print, not to assert.
/// </summary>
public sealed class ElectionWeekBenchTests(ITestOutputHelper log) : IDisposable
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("bench-");

    [Fact]
    public async Task RunAsync_Miniature_EveryFaxFinalNoSelfBusyNoDuplicateAndTheFilesWritten()
    {
        using var text = new StringWriter();
        var bench = new ElectionWeekBench(
            new BenchOptions
            {
                Faxes = 30,
                Numbers = 6,
                NeverAnswer = 1,
                Speed = 600,
                BusyProbabilities = [0],
                Policies = [BenchPolicies.Original, BenchPolicies.Default],
                Timeout = TimeSpan.FromSeconds(120),
                Output = _output,
            },
            text);

        var exitCode = await bench.RunAsync(CancellationToken.None);

        log.WriteLine(text.ToString());
        var report = bench.Report!;
        Assert.Equal(2, report.Runs.Count);
        Assert.All(report.Runs, run =>
        {
            Assert.Equal(0, run.Unfinished);
            Assert.Equal(0, run.SelfInflictedBusy);
            Assert.Equal(0, run.Duplicates);
            Assert.Equal(30, run.Delivered + run.PermanentlyFailed);
            Assert.True(run.Delivered > 0, text.ToString());
            Assert.True(run.CpuSeconds > 0 && run.PeakMemoryMegabytes > 10, $"the gateway process's usage was not read:\n{text}");
            Assert.True(run.ResultToCallbackReceived.Count > 0, text.ToString());
        });
        Assert.Equal(0, exitCode);

        var (json, svg) = bench.Files!.Value;
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json.FullName));
        var runs = document.RootElement.GetProperty("runs");
        Assert.Equal(["original", "default"], runs.EnumerateArray().Select(run => run.GetProperty("policy").GetString()));
        Assert.All(runs.EnumerateArray(), run => Assert.Equal(0, run.GetProperty("self_inflicted_busy").GetInt32()));
        Assert.True(document.RootElement.GetProperty("workload").GetProperty("lower_bound_seconds").GetDouble() > 0);
        Assert.Equal(2, XDocument.Load(svg.FullName).Descendants(XName.Get("polyline", "http://www.w3.org/2000/svg")).Count());
        Assert.Contains("makespan / lower bound", text.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _output.Delete(recursive: true);
}
