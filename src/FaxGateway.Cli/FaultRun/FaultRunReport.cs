using System.Globalization;
using FaxGateway.Cli.Local;
using FaxGateway.Core.Hosting;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Cli.FaultRun;

/// <summary>One fax of the fault-injection run: its id, destination, pages and the URL of its own copy of the PDF.</summary>
internal sealed record FaultFax(string FaxId, string To, int Pages, Uri PdfUrl);

/// <summary>What the run saw of each fax, to explain one that went wrong: callbacks, carrier calls, kills and the gateway's warnings.</summary>
internal sealed record FaultEvidence(
    Func<string, IReadOnlyList<ReceivedCallback>> CallbacksOf,
    IReadOnlyList<CallRecord> Calls,
    Func<string, IReadOnlyList<RandomCrashes.Crash>> CrashesOf,
    Func<string, IReadOnlyList<GatewayLogTally.Event>> GatewayEventsOf);

/// <summary>What the fault-injection run injected, each kind counted where it was injected.</summary>
internal sealed record FaultInjections
{
    public IReadOnlyDictionary<FaultPoint, int> KillsByPoint { get; init; } = new Dictionary<FaultPoint, int>();

    /// <summary>Fax attempts (fax id and attempt number) the processor started, killed or not.</summary>
    public int Attempts { get; init; }

    public int CarrierServerErrors { get; init; }

    public int CarrierRequests { get; init; }

    public int SqsRequests { get; init; }

    public int SqsRefused { get; init; }

    public int SqsAnswersLost { get; init; }

    /// <summary>SDK calls that failed after the SDK's own retries, so the gateway saw the failure.</summary>
    public int SqsFailedCalls { get; init; }

    public int ReceiverRefusals { get; init; }

    public int Kills => KillsByPoint.Values.Sum();
}

/// <summary>
/// The fault-injection run's figures and the checks behind its exit code: no fax lost (every
/// fax got a terminal callback), none delivered twice (from the simulator's record), and no
/// terminal callback that contradicts the carrier (<c>sent</c> for a fax it never delivered is
/// a lost fax too, only quieter).
/// </summary>
internal sealed class FaultRunReport
{
    private const int MostDetails = 20;
    private static readonly string[] QueueNames = ["fax", "retry", "webhook"];
    private readonly List<Row> _rows;
    private readonly FaultEvidence _evidence;
    private readonly DateTimeOffset _start;

    private FaultRunReport(List<Row> rows, FaultEvidence evidence, DateTimeOffset start)
    {
        _rows = rows;
        _evidence = evidence;
        _start = start;
    }

    public int Faxes => _rows.Count;

    public int Delivered => _rows.Count(row => row.FinalStatus == "sent");

    public int PermanentlyFailed => _rows.Count(row => row.FinalStatus == "perm_fail");

    /// <summary>Faxes with no terminal callback.</summary>
    public int Lost => _rows.Count(row => row.FinalStatus is null);

    /// <summary>Faxes the carrier delivered more than once.</summary>
    public int DeliveredTwice => _rows.Count(row => row.Deliveries > 1);

    /// <summary>Faxes whose terminal callbacks carry more than one event (webhook-id), rather than copies of one.</summary>
    public int SeveralTerminalEvents => _rows.Count(row => row.TerminalEvents > 1);

    /// <summary>Faxes told <c>sent</c> that the carrier never delivered, or told <c>perm_fail</c> that it did.</summary>
    public int ToldWrong => _rows.Count(row => row.ToldWrong);

    public int CallbacksReceived => _rows.Sum(row => row.Callbacks.Count);

    public required FaultInjections Injected { get; init; }

    public required IReadOnlyDictionary<string, int> DeadLetters { get; init; }

    /// <summary>Messages still in the fax, retry and webhook queues at the end.</summary>
    public required IReadOnlyDictionary<string, int> LeftInQueues { get; init; }

    public required int MaxSimultaneousCalls { get; init; }

    public required TimeSpan RunTime { get; init; }

    public required double Speed { get; init; }

    /// <summary>The gateway's warnings and errors, by event.</summary>
    public required IReadOnlyDictionary<string, int> GatewayLog { get; init; }

    /// <summary>The run passes when no fax was lost, none was delivered twice and every fax was told the truth.</summary>
    public bool Passed => Lost == 0 && DeliveredTwice == 0 && ToldWrong == 0;

    public static FaultRunReport Build(
        IReadOnlyList<FaultFax> faxes,
        FaultEvidence evidence,
        DateTimeOffset start,
        FaultInjections injected,
        IReadOnlyDictionary<string, int> deadLetters,
        IReadOnlyDictionary<string, int> leftInQueues,
        int maxSimultaneousCalls,
        TimeSpan runTime,
        double speed,
        IReadOnlyDictionary<string, int> gatewayLog)
    {
        ArgumentNullException.ThrowIfNull(faxes);
        ArgumentNullException.ThrowIfNull(evidence);
        var deliveries = evidence.Calls.Where(call => call.Outcome == CallOutcome.Delivered)
            .GroupBy(call => call.MediaUrl, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var rows = faxes.Select(fax => Row.For(fax, evidence.CallbacksOf(fax.FaxId), deliveries.GetValueOrDefault(fax.PdfUrl.ToString()))).ToList();
        return new FaultRunReport(rows, evidence, start)
        {
            Injected = injected,
            DeadLetters = deadLetters,
            LeftInQueues = leftInQueues,
            MaxSimultaneousCalls = maxSimultaneousCalls,
            RunTime = runTime,
            Speed = speed,
            GatewayLog = gatewayLog,
        };
    }

    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var terminal = _rows.Select(row => row.TerminalCallbacks).DefaultIfEmpty(0).ToList();
        var calls = _evidence.Calls;
        var figures = new List<(string Figure, string Value, string Check)>
        {
            ("faxes", N(Faxes), string.Empty),
            ("delivered (sent)", N(Delivered), string.Empty),
            ("perm_fail", N(PermanentlyFailed), string.Empty),
            ("lost (no terminal callback)", N(Lost), Check(Lost == 0)),
            ("delivered more than once", N(DeliveredTwice), Check(DeliveredTwice == 0)),
            ("terminal callbacks per fax (min/max)", $"{terminal.Min()}/{terminal.Max()}", string.Empty),
            ("faxes with >1 distinct terminal webhook-id", N(SeveralTerminalEvents), Check(SeveralTerminalEvents == 0)),
            ("terminal status contradicting the carrier", N(ToldWrong), Check(ToldWrong == 0)),
            ("callbacks received", $"{N(CallbacksReceived)} (tmp_fail {N(_rows.Sum(row => row.Callbacks.Count(c => !c.IsTerminal)))})", string.Empty),
            ("callbacks refused while receiver down", N(Injected.ReceiverRefusals), string.Empty),
            ("carrier dials", $"{N(calls.Count)} (busy {N(calls.Count(c => c.Outcome == CallOutcome.Busy))}, no answer {N(calls.Count(c => c.Outcome == CallOutcome.NoAnswer))})", string.Empty),
            ("busy because of our own call", N(calls.Count(c => c.BusyCause == BusyCause.OwnCall)), Check(calls.All(c => c.BusyCause != BusyCause.OwnCall))),
            ("most calls at once to one number", N(MaxSimultaneousCalls), Check(MaxSimultaneousCalls <= 1)),
            ("kills", $"{N(Injected.Kills)} in {N(Injected.Attempts)} attempts", string.Empty),
        };
        figures.AddRange(Injected.KillsByPoint.OrderBy(pair => pair.Key).Select(pair => ($"  kills at {pair.Key}", N(pair.Value), string.Empty)));
        figures.Add(("carrier 5xx injected", $"{N(Injected.CarrierServerErrors)} of {N(Injected.CarrierRequests)} API calls", string.Empty));
        figures.Add((
            "SQS failures injected",
            $"{N(Injected.SqsRefused + Injected.SqsAnswersLost)} of {N(Injected.SqsRequests)} requests (refused {N(Injected.SqsRefused)}, answer lost {N(Injected.SqsAnswersLost)})",
            string.Empty));
        figures.Add(("  SQS calls failed after SDK retries", N(Injected.SqsFailedCalls), string.Empty));
        figures.Add(("dead-letter queues (fax/retry/webhook)", Triple(DeadLetters), string.Empty));
        figures.Add(("left in queues (fax/retry/webhook)", Triple(LeftInQueues), string.Empty));
        figures.Add(("run time", $"{RunTime.TotalSeconds:0.0} s real, about {RunTime.TotalMinutes * Speed:0} simulated minutes at x{Speed:0.#}", string.Empty));

        var width = figures.Max(figure => figure.Figure.Length);
        var valueWidth = figures.Max(figure => figure.Value.Length);
        output.WriteLine();
        foreach (var (figure, value, check) in figures)
        {
            output.WriteLine($"{figure.PadRight(width)}  {value.PadRight(valueWidth)}  {check}".TrimEnd());
        }

        if (GatewayLog.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("gateway warnings and errors, by event:");
            foreach (var (name, count) in GatewayLog.OrderByDescending(pair => pair.Value))
            {
                output.WriteLine($"  {count,6}  {name}");
            }
        }

        PrintProblems(output);
        output.WriteLine();
        output.WriteLine(Passed
            ? "PASSED: no fax lost, none delivered twice, every terminal callback agrees with the carrier."
            : $"FAILED: {Lost} fax(es) lost, {DeliveredTwice} delivered more than once, {ToldWrong} told a terminal status the carrier contradicts.");
    }

    private void PrintProblems(TextWriter output)
    {
        var problems = _rows.Where(row => row.IsProblem).ToList();
        if (problems.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"faxes to look at ({problems.Count}; lost, delivered twice, several terminal events or told wrong):");
        foreach (var row in problems.Take(MostDetails))
        {
            output.WriteLine($"  {row.Fax.FaxId} to ...{row.Fax.To[^4..]}, {row.Fax.Pages} page(s): {row.Problem}");
            foreach (var callback in row.Callbacks)
            {
                output.WriteLine($"    callback {callback.Status,-9} at {Since(callback.ReceivedAt)} id {callback.WebhookId ?? "-"} ts {callback.Timestamp}: {callback.Message}");
            }

            foreach (var call in _evidence.Calls.Where(call => call.MediaUrl == row.Fax.PdfUrl.ToString()))
            {
                output.WriteLine($"    carrier  {call.FaxSid} dialled at {Since(call.StartedAt)}: {call.Outcome?.ToString() ?? "still up"}, {call.PagesSent} of {call.Pages} page(s) sent");
            }

            foreach (var crash in _evidence.CrashesOf(row.Fax.FaxId))
            {
                output.WriteLine($"    killed   attempt {crash.Attempt} at {crash.Point}, at {Since(crash.At)}");
            }

            foreach (var logged in _evidence.GatewayEventsOf(row.Fax.FaxId))
            {
                output.WriteLine($"    gateway  at {Since(logged.At)} {logged.Name}: {logged.Text}");
            }
        }

        if (problems.Count > MostDetails)
        {
            output.WriteLine($"  ... and {problems.Count - MostDetails} more");
        }
    }

    private string Since(DateTimeOffset instant) => $"{(instant - _start).TotalSeconds,7:0.00} s";

    private static string Triple(IReadOnlyDictionary<string, int> counts) =>
        string.Join('/', QueueNames.Select(name => N(counts.GetValueOrDefault(name))));

    private static string Check(bool passed) => passed ? "ok" : "FAILED";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Row(FaultFax Fax, IReadOnlyList<ReceivedCallback> Callbacks, int Deliveries)
    {
        public int TerminalCallbacks => Callbacks.Count(callback => callback.IsTerminal);

        /// <summary>Distinct terminal events: by webhook-id when callbacks are signed, else by status.</summary>
        public int TerminalEvents => Callbacks.Where(callback => callback.IsTerminal)
            .Select(callback => callback.WebhookId ?? callback.Status)
            .Distinct(StringComparer.Ordinal)
            .Count();

        public string? FinalStatus => Callbacks.FirstOrDefault(callback => callback.IsTerminal)?.Status;

        public bool ToldWrong => (FinalStatus == "sent" && Deliveries == 0) || (FinalStatus == "perm_fail" && Deliveries > 0);

        public bool IsProblem => FinalStatus is null || Deliveries > 1 || TerminalEvents > 1 || ToldWrong;

        public string Problem
        {
            get
            {
                var problems = new List<string>();
                if (FinalStatus is null)
                {
                    problems.Add("LOST: no terminal callback");
                }

                if (Deliveries > 1)
                {
                    problems.Add($"DELIVERED {Deliveries} TIMES");
                }

                if (TerminalEvents > 1)
                {
                    problems.Add($"{TerminalEvents} distinct terminal events");
                }

                if (ToldWrong)
                {
                    problems.Add($"told {FinalStatus} but delivered {Deliveries} time(s)");
                }

                return string.Join("; ", problems);
            }
        }

        public static Row For(FaultFax fax, IReadOnlyList<ReceivedCallback> callbacks, int deliveries) => new(fax, callbacks, deliveries);
    }
}
