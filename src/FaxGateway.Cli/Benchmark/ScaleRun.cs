using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaxGateway.Simulator.Documents;
using static FaxGateway.Cli.Benchmark.BenchFormat;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Cli.Benchmark;

/// <summary>
/// <c>faxgw bench --scale</c>: one <c>faxgw run</c> process with thousands of faxes in flight at
/// once, each long (20 pages) and to its own number, so every one is on the line together. It
/// reports the gateway's peak memory and CPU time, the most faxes the simulator saw on the line
/// at once, and the time it took; the target is under 512 MB.
/// </summary>
internal sealed class ScaleRun(BenchOptions options, TextWriter output)
{
    /// <summary>The peak memory the gateway should stay under with every fax in flight.</summary>
    public const double MemoryTargetMegabytes = 512;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stopwatch _clock = new();
    private readonly Lock _outputGate = new();

    /// <summary>The most faxes on the line at once in the last run.</summary>
    public int MostOnTheLine { get; private set; }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        _clock.Start();
        var numbers = ElectionWeekWorkload.PhoneNumbersFor(options.ScaleFaxes);
        var faxes = numbers.Select((number, i) => new BenchFax($"sc-{i + 1:0000}", number, i + 1, options.ScalePages)).ToList();
        var pdf = SampleFaxDocument.Create(options.ScalePages, $"Absentee Ballot Application ({options.ScalePages} pages)");
        var lineTime = TimeSpan.FromSeconds(60 * options.ScalePages);
        Say($"scale: {faxes.Count} faxes of {options.ScalePages} pages, each to its own number, in one faxgw run ({options.ScalePolicy}); x{F(options.Speed, "0.#")}, {options.Carrier}.");
        var spec = new PolicyRunSpec
        {
            Policy = options.ScalePolicy,
            Faxes = faxes,
            Document = _ => pdf,
            Speed = options.Speed,
            Seed = options.Seed,
            Carrier = options.Carrier,
            FaxConcurrency = faxes.Count,
            Timeout = options.Timeout,
            GatewayLog = new FileInfo(Path.Combine(options.Output.FullName, "gateway-scale.log")),
            TapSqs = options.TapSqs,
            Verbose = options.Verbose,
        };
        var evidence = await new PolicyRun(spec, Say).RunAsync(cancellationToken);
        var figures = RunFigures.Build(options.ScalePolicy, 0, evidence, lineTime);
        MostOnTheLine = CallOverlap.MaxSimultaneous(evidence.Calls);

        var rows = new List<(string Label, string Value)>
        {
            ("faxes in flight (each to its own number)", $"{N(figures.Faxes)} x {N(options.ScalePages)} pages"),
            ("delivered / perm_fail / unfinished", $"{N(figures.Delivered)} / {N(figures.PermanentlyFailed)} / {N(figures.Unfinished)}"),
            ("most faxes on the line at once", N(MostOnTheLine)),
            ("gateway peak memory", $"{F(figures.PeakMemoryMegabytes, "0")} MB ({(figures.PeakMemoryMegabytes < MemoryTargetMegabytes ? "under" : "OVER")} the {F(MemoryTargetMegabytes, "0")} MB target)"),
            ("gateway CPU", $"{F(figures.CpuSeconds, "0.0")} s"),
            ("real time, first enqueue to last final callback", $"{F(figures.MakespanSeconds / options.Speed, "0.0")} s"),
            ("model time, same", $"{Hours(figures.MakespanSeconds)} (one fax's line time {Hours(lineTime.TotalSeconds)})"),
            ("attempts per delivered fax", F(figures.AttemptsPerDelivered, "0.00")),
            ("carrier status reads per attempt", F(figures.StatusReadsPerAttempt, "0.0")),
            ("result to callback received, median / p95", $"{Seconds(figures.ResultToCallbackReceived.Median)} / {Seconds(figures.ResultToCallbackReceived.P95)}"),
            ("self-inflicted busy / documents delivered twice", $"{N(figures.SelfInflictedBusy)} / {N(figures.Duplicates)}"),
        };
        var width = rows.Max(row => row.Label.Length);
        output.WriteLine();
        foreach (var (label, value) in rows)
        {
            output.WriteLine($"{label.PadRight(width)}  {value}");
        }

        var json = ElectionWeekReport.RunJson(figures);
        json.Remove("delivery_times_seconds");
        json.Remove("lower_bound_seconds");
        json.Remove("makespan_over_lower_bound");
        var document = new JsonObject
        {
            ["benchmark"] = "scale",
            ["generated_at"] = BenchFormat.Now(),
            ["faxes"] = faxes.Count,
            ["pages_per_fax"] = options.ScalePages,
            ["policy"] = options.ScalePolicy,
            ["speed"] = options.Speed,
            ["carrier"] = options.Carrier,
            ["most_faxes_on_the_line_at_once"] = MostOnTheLine,
            ["gateway_peak_memory_mb"] = Json(figures.PeakMemoryMegabytes, 1),
            ["memory_target_mb"] = MemoryTargetMegabytes,
            ["under_memory_target"] = figures.PeakMemoryMegabytes < MemoryTargetMegabytes,
            ["gateway_cpu_seconds"] = Json(figures.CpuSeconds, 2),
            ["wall_seconds"] = Json(figures.MakespanSeconds / options.Speed, 1),
            ["run"] = json,
        };
        options.Output.Create();
        var file = new FileInfo(Path.Combine(options.Output.FullName, "scale.json"));
        await File.WriteAllTextAsync(file.FullName, document.ToJsonString(Indented) + Environment.NewLine, cancellationToken);
        output.WriteLine($"wrote {ElectionWeekBench.Relative(file)}");
        return figures.Passed ? 0 : 1;
    }

    private void Say(string line)
    {
        lock (_outputGate)
        {
            output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {line}");
        }
    }
}
