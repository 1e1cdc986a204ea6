using System.Globalization;
using FaxGateway.Cli.Local;
using FaxGateway.Core.Faxes;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Cli.Demo;

/// <summary>The demo's final table and the checks behind its exit code.</summary>
internal sealed class DemoReport
{
    private static readonly string[] Header = ["fax", "destination", "pages", "attempts", "callbacks", "final status", "after"];
    private readonly List<Row> _rows;

    private DemoReport(List<Row> rows, int maxSimultaneousCalls, int maxDeliveries, IReadOnlyDictionary<string, int> deadLetters)
    {
        _rows = rows;
        MaxSimultaneousCalls = maxSimultaneousCalls;
        MaxDeliveriesOfOneFax = maxDeliveries;
        DeadLetters = deadLetters;
    }

    /// <summary>The most calls ever up at once on one number (must be 1).</summary>
    public int MaxSimultaneousCalls { get; }

    /// <summary>The most times one fax was delivered (must be at most 1).</summary>
    public int MaxDeliveriesOfOneFax { get; }

    /// <summary>Messages left in each dead-letter queue.</summary>
    public IReadOnlyDictionary<string, int> DeadLetters { get; }

    /// <summary>Faxes that ended without exactly one terminal callback.</summary>
    public int Unfinished => _rows.Count(row => row.TerminalCallbacks != 1);

    /// <summary>Whether every check passed.</summary>
    public bool Passed => Unfinished == 0 && MaxSimultaneousCalls <= 1 && MaxDeliveriesOfOneFax <= 1;

    public static DemoReport Build(
        IReadOnlyList<DemoFax> faxes, CallbackReceiver receiver, SimulatorRecord record, IReadOnlyDictionary<string, int> deadLetters, DateTimeOffset start)
    {
        var rows = faxes.Select(fax => ToRow(fax, receiver.For(fax.FaxId), record, start)).ToList();
        var simultaneous = record.MaxSimultaneousCallsByNumber().Values.DefaultIfEmpty(0).Max();
        return new DemoReport(rows, simultaneous, record.MaxDeliveriesOfOneDocument(), deadLetters);
    }

    public void Print(TextWriter output)
    {
        var table = new List<string[]> { Header };
        table.AddRange(_rows.Select(row => new[]
        {
            row.Fax.FaxId,
            $"{row.Fax.Office.Name} ({PhoneNumbers.Mask(row.Fax.Office.Number)})",
            row.Fax.Pages.ToString(CultureInfo.InvariantCulture),
            row.Attempts.ToString(CultureInfo.InvariantCulture),
            row.Callbacks,
            row.FinalStatus,
            row.FinishedAfter,
        }));
        var widths = Enumerable.Range(0, table[0].Length).Select(column => table.Max(line => line[column].Length)).ToArray();
        output.WriteLine();
        foreach (var line in table)
        {
            output.WriteLine(string.Join("  ", line.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }

        output.WriteLine();
        output.WriteLine(Check(Unfinished == 0, $"faxes without exactly one final callback: {Unfinished}"));
        output.WriteLine(Check(MaxSimultaneousCalls <= 1, $"most calls at once to one number: {MaxSimultaneousCalls}"));
        output.WriteLine(Check(MaxDeliveriesOfOneFax <= 1, $"most deliveries of one fax: {MaxDeliveriesOfOneFax}"));
        output.WriteLine("dead-letter queues: " + string.Join(", ", DeadLetters.Select(pair => $"{pair.Key} {pair.Value}")));
    }

    private static string Check(bool passed, string text) => (passed ? "ok    " : "FAILED ") + text;

    private static Row ToRow(DemoFax fax, IReadOnlyList<ReceivedCallback> callbacks, SimulatorRecord record, DateTimeOffset start)
    {
        var attempts = record.Calls.Count(call => call.MediaUrl == fax.PdfUrl.ToString());
        var terminal = callbacks.Where(callback => callback.IsTerminal).ToList();
        var summary = string.Join(", ", callbacks.GroupBy(c => c.Status).Select(g => g.Count() == 1 ? g.Key : $"{g.Count()}x {g.Key}"));
        var finished = terminal.Count > 0
            ? $"{(terminal[0].ReceivedAt - start).TotalSeconds:0.0} s"
            : "-";
        var status = terminal.Count switch
        {
            0 => "NO FINAL CALLBACK",
            1 => terminal[0].Status,
            _ => $"{terminal.Count} FINAL CALLBACKS",
        };
        return new Row(fax, attempts, summary.Length == 0 ? "none" : summary, status, finished, terminal.Count);
    }

    private sealed record Row(DemoFax Fax, int Attempts, string Callbacks, string FinalStatus, string FinishedAfter, int TerminalCallbacks);
}
