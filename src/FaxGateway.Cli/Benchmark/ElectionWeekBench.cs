using System.Diagnostics;
using FaxGateway.Simulator.Hosting;
using static FaxGateway.Cli.Benchmark.BenchFormat;

namespace FaxGateway.Cli.Benchmark;

/// <summary>
/// <c>faxgw bench</c>: the election week under each scheduling policy, side by side. For each
/// busy probability and policy it runs the same seeded batch through a fresh local stack and a
/// <c>faxgw run</c> process, then prints the figures, and writes them as JSON with a chart.
/// </summary>
internal sealed class ElectionWeekBench(BenchOptions options, TextWriter output)
{
    private readonly Stopwatch _clock = new();
    private readonly Lock _outputGate = new();

    /// <summary>The report of the last run, for tests.</summary>
    public ElectionWeekReport? Report { get; private set; }

    /// <summary>The files written by the last run.</summary>
    public (FileInfo Json, FileInfo Svg)? Files { get; private set; }

    /// <summary>Runs every (busy probability, policy) pair; 0 when every run kept the invariants.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        _clock.Start();
        var workload = ElectionWeekWorkload.Create(options.Faxes, options.Numbers, options.Skew, options.NeverAnswer, options.Seed);
        var documents = BenchDocuments.Load(options.PdfFolder, Enumerable.Range(ElectionWeekWorkload.MinPages, ElectionWeekWorkload.MaxPages - ElectionWeekWorkload.MinPages + 1));
        var lowerBound = workload.LowerBound(FaxSimulatorOptions.DefaultPageDuration);
        var index = workload.Faxes.Select((fax, i) => (fax.FaxId, i)).ToDictionary(pair => pair.FaxId, pair => pair.i, StringComparer.Ordinal);
        var runs = new List<RunFigures>();
        Say($"election week: {new ElectionWeekReport(options, workload, lowerBound, []).Summary}");
        foreach (var probability in options.BusyProbabilities)
        {
            foreach (var policy in options.Policies)
            {
                Say($"{policy}, lines busy {Percent(probability)} of dials: {BenchPolicies.Describe(policy)}");
                var spec = new PolicyRunSpec
                {
                    Policy = policy,
                    Faxes = workload.Faxes,
                    Document = fax => documents.For(fax.Pages, index[fax.FaxId]).Pdf,
                    NeverAnswer = workload.NeverAnswer,
                    BusyProbability = probability,
                    Speed = options.Speed,
                    Seed = options.Seed,
                    Carrier = options.Carrier,
                    FaxConcurrency = Math.Max(options.Numbers, 10),
                    Timeout = options.Timeout,
                    GatewayLog = new FileInfo(Path.Combine(options.Output.FullName, $"gateway-{policy}-busy{F(probability * 100, "0.#")}.log")),
                    TapSqs = options.TapSqs,
                    Verbose = options.Verbose,
                };
                var evidence = await new PolicyRun(spec, Say).RunAsync(cancellationToken);
                var figures = RunFigures.Build(policy, probability, evidence, lowerBound);
                runs.Add(figures);
                Say($"  makespan {Hours(figures.MakespanSeconds)} ({F(figures.MakespanOverLowerBound, "0.00")} x the lower bound), "
                    + $"{N(figures.Delivered)} delivered, {N(figures.PermanentlyFailed)} perm_fail, {N(figures.Unfinished)} unfinished; "
                    + $"gateway CPU {F(figures.CpuSeconds, "0.0")} s, peak {F(figures.PeakMemoryMegabytes, "0")} MB.");
            }
        }

        Report = new ElectionWeekReport(options, workload, lowerBound, runs);
        Report.Print(output);
        Report.Write(options.Output, out var json, out var svg);
        Files = (json, svg);
        output.WriteLine($"wrote {Relative(json)} and {Relative(svg)}");
        return Report.Passed ? 0 : 1;
    }

    internal static string Relative(FileInfo file) => Path.GetRelativePath(Directory.GetCurrentDirectory(), file.FullName);

    private void Say(string line)
    {
        lock (_outputGate)
        {
            output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {line}");
        }
    }
}
