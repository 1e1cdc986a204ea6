using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using static FaxGateway.Cli.Benchmark.BenchFormat;

namespace FaxGateway.Cli.Benchmark;

/// <summary>
/// The election-week figures of every (policy, busy probability) run: a table with the policies
/// side by side, grouped by busy probability, and the same as JSON.
/// </summary>
internal sealed class ElectionWeekReport(BenchOptions options, ElectionWeekWorkload workload, TimeSpan lowerBound, IReadOnlyList<RunFigures> runs)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IReadOnlyList<RunFigures> Runs => runs;

    /// <summary>Every run kept the invariants: no self-inflicted busy, no duplicate, every fax final.</summary>
    public bool Passed => runs.All(run => run.Passed);

    /// <summary>One line about the workload.</summary>
    public string Summary =>
        $"{N(workload.Faxes.Count)} faxes ({N(workload.Faxes.Sum(fax => fax.Pages))} pages) to {N(workload.Numbers.Count)} numbers, skew {F(options.Skew, "0.##")}: "
        + $"busiest {N(workload.CountsByRank[0])} faxes ({Percent(workload.BusiestShare)}), median {F(workload.MedianCount, "0.#")}; "
        + $"{N(workload.NeverAnswer.Count)} never answer (ranks {string.Join(", ", ElectionWeekWorkload.NeverAnswerRanks(workload.Numbers.Count, workload.NeverAnswer.Count))}); "
        + $"lower bound {Hours(lowerBound.TotalSeconds)}; x{F(options.Speed, "0.#")}, {options.Carrier}, seed {N(options.Seed)}";

    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var policies = runs.Select(run => run.Policy).Distinct(StringComparer.Ordinal).ToList();
        output.WriteLine();
        output.WriteLine($"election week: {Summary}");
        output.WriteLine("all times in model (real-world) time: real seconds x speed");
        foreach (var group in runs.GroupBy(run => run.BusyProbability))
        {
            var byPolicy = policies.Select(policy => group.FirstOrDefault(run => run.Policy == policy)).ToList();
            var rows = Rows(byPolicy);
            var width = rows.Max(row => row.Label.Length);
            var columns = Enumerable.Range(0, policies.Count)
                .Select(i => Math.Max(policies[i].Length, rows.Max(row => row.Values[i].Length)))
                .ToList();
            output.WriteLine();
            output.WriteLine($"{("busy " + Percent(group.Key)).PadRight(width + 2)}{string.Join("  ", policies.Select((policy, i) => policy.PadLeft(columns[i])))}");
            foreach (var (label, values) in rows)
            {
                output.WriteLine($"  {label.PadRight(width)}{string.Join("  ", values.Select((value, i) => value.PadLeft(columns[i])))}".TrimEnd());
            }
        }

        output.WriteLine();
        output.WriteLine(Passed
            ? "ok: no self-inflicted busy, no document delivered twice, every fax got its final callback."
            : "FAILED: a run had a self-inflicted busy, a document delivered twice, two calls at once to a number, or a fax without a final callback.");
    }

    public JsonObject ToJson()
    {
        var never = ElectionWeekWorkload.NeverAnswerRanks(workload.Numbers.Count, workload.NeverAnswer.Count);
        return new JsonObject
        {
            ["benchmark"] = "election-week",
            ["generated_at"] = BenchFormat.Now(),
            ["time_unit"] = "model seconds (real seconds x speed)",
            ["options"] = new JsonObject
            {
                ["faxes"] = options.Faxes,
                ["numbers"] = options.Numbers,
                ["skew"] = options.Skew,
                ["never_answer"] = options.NeverAnswer,
                ["busy"] = new JsonArray([.. options.BusyProbabilities.Select(p => (JsonNode?)JsonValue.Create(p))]),
                ["policies"] = new JsonArray([.. options.Policies.Select(p => (JsonNode?)JsonValue.Create(p))]),
                ["speed"] = options.Speed,
                ["seed"] = options.Seed,
                ["carrier"] = options.Carrier,
                ["pdf_dir"] = options.PdfFolder is null ? null : options.PdfFolder.Name,
                ["timeout_seconds"] = options.Timeout.TotalSeconds,
                ["sqs_tap"] = options.TapSqs,
            },
            ["workload"] = new JsonObject
            {
                ["faxes"] = workload.Faxes.Count,
                ["pages"] = workload.Faxes.Sum(fax => fax.Pages),
                ["numbers"] = workload.Numbers.Count,
                ["deliverable_faxes"] = workload.Deliverable,
                ["busiest_number_faxes"] = workload.CountsByRank[0],
                ["busiest_number_share"] = Json(workload.BusiestShare, 4),
                ["median_faxes_per_number"] = Json(workload.MedianCount, 1),
                ["faxes_by_rank"] = new JsonArray([.. workload.CountsByRank.Select(count => (JsonNode?)JsonValue.Create(count))]),
                ["never_answer_ranks"] = new JsonArray([.. never.Select(rank => (JsonNode?)JsonValue.Create(rank))]),
                ["page_seconds"] = 60,
                ["lower_bound_seconds"] = Json(lowerBound.TotalSeconds, 1),
                ["lower_bound_hours"] = Json(lowerBound.TotalHours, 3),
            },
            ["policies"] = new JsonObject([.. options.Policies.Select(policy => KeyValuePair.Create(policy, (JsonNode?)BenchPolicies.Describe(policy)))]),
            ["runs"] = new JsonArray([.. runs.Select(run => (JsonNode?)RunJson(run))]),
            ["passed"] = Passed,
        };
    }

    public void Write(DirectoryInfo folder, out FileInfo json, out FileInfo svg)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder.Create();
        json = new FileInfo(Path.Combine(folder.FullName, "election-week.json"));
        File.WriteAllText(json.FullName, ToJson().ToJsonString(Indented) + Environment.NewLine);
        svg = new FileInfo(Path.Combine(folder.FullName, "election-week.svg"));
        File.WriteAllText(svg.FullName, DeliveryChart.Render(runs, lowerBound, workload.Faxes.Count, workload.Deliverable));
    }

    internal static JsonObject RunJson(RunFigures run) => new()
    {
        ["policy"] = run.Policy,
        ["busy_probability"] = run.BusyProbability,
        ["passed"] = run.Passed,
        ["faxes"] = run.Faxes,
        ["delivered"] = run.Delivered,
        ["perm_fail"] = run.PermanentlyFailed,
        ["unfinished"] = run.Unfinished,
        ["makespan_seconds"] = Json(run.MakespanSeconds, 1),
        ["makespan_hours"] = Json(run.MakespanSeconds / 3600),
        ["last_delivery_seconds"] = Json(run.LastDeliverySeconds, 1),
        ["lower_bound_seconds"] = Json(run.LowerBoundSeconds, 1),
        ["makespan_over_lower_bound"] = Json(run.MakespanOverLowerBound),
        ["carrier_faxes_created"] = run.CarrierFaxesCreated,
        ["attempts_per_delivered_fax"] = Json(run.AttemptsPerDelivered),
        ["dials"] = run.Dials,
        ["busy_dials"] = run.BusyDials,
        ["no_answer_dials"] = run.NoAnswerDials,
        ["self_inflicted_busy"] = run.SelfInflictedBusy,
        ["duplicates"] = run.Duplicates,
        ["most_calls_at_once_on_one_number"] = run.MostCallsAtOnceOnOneNumber,
        ["result_to_callback_received"] = SpreadJson(run.ResultToCallbackReceived),
        ["result_to_callback_queued"] = run.ResultToCallbackQueued is null ? null : SpreadJson(run.ResultToCallbackQueued),
        ["unpaired_attempts"] = run.UnpairedAttempts,
        ["status_reads"] = run.StatusReads,
        ["status_reads_per_attempt"] = Json(run.StatusReadsPerAttempt),
        ["callbacks_received"] = run.CallbacksReceived,
        ["gateway_cpu_seconds"] = Json(run.CpuSeconds, 2),
        ["gateway_peak_memory_mb"] = Json(run.PeakMemoryMegabytes, 1),
        ["wall_seconds"] = Json(run.WallSeconds, 1),
        ["dead_letters"] = new JsonObject([.. run.DeadLetters.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)JsonValue.Create(pair.Value)))]),
        ["delivery_times_seconds"] = new JsonArray([.. run.DeliveryTimes.Select(time => Json(time, 1))]),
    };

    private static JsonObject SpreadJson(Spread spread) => new()
    {
        ["median_seconds"] = Json(spread.Median, 2),
        ["p95_seconds"] = Json(spread.P95, 2),
        ["attempts"] = spread.Count,
    };

    private static List<(string Label, List<string> Values)> Rows(List<RunFigures?> runs)
    {
        List<string> Each(Func<RunFigures, string> value) => [.. runs.Select(run => run is null ? "-" : value(run))];
        string Must(int value) => value == 0 ? "0 ok" : $"{N(value)} FAILED";
        string Spread(Spread? spread) => spread is null ? "-" : $"{Seconds(spread.Median)} / {Seconds(spread.P95)}";
        return
        [
            ("makespan (first enqueue to last final callback)", Each(run => Hours(run.MakespanSeconds) + (run.Unfinished > 0 ? " (stopped)" : string.Empty))),
            ("lower bound (the busiest line's pages x 60 s)", Each(run => Hours(run.LowerBoundSeconds))),
            ("makespan / lower bound", Each(run => F(run.MakespanOverLowerBound, "0.00"))),
            ("last delivery", Each(run => Hours(run.LastDeliverySeconds))),
            ("delivered / perm_fail / unfinished", Each(run => $"{N(run.Delivered)} / {N(run.PermanentlyFailed)} / {N(run.Unfinished)}")),
            ("attempts per delivered fax", Each(run => F(run.AttemptsPerDelivered, "0.00"))),
            ("dials: busy / no answer", Each(run => $"{N(run.Dials)}: {N(run.BusyDials)} / {N(run.NoAnswerDials)}")),
            ("self-inflicted busy (must be 0)", Each(run => Must(run.SelfInflictedBusy))),
            ("documents delivered twice (must be 0)", Each(run => Must(run.Duplicates))),
            ("most calls at once to one number", Each(run => N(run.MostCallsAtOnceOnOneNumber))),
            ("result to callback received, median / p95", Each(run => Spread(run.ResultToCallbackReceived))),
            ("result to callback queued, median / p95", Each(run => Spread(run.ResultToCallbackQueued))),
            ("carrier status reads per attempt", Each(run => F(run.StatusReadsPerAttempt, "0.0"))),
            ("gateway CPU", Each(run => F(run.CpuSeconds, "0.0") + " s")),
            ("gateway peak memory", Each(run => F(run.PeakMemoryMegabytes, "0") + " MB")),
            ("real time of the run", Each(run => F(run.WallSeconds, "0") + " s")),
        ];
    }
}
