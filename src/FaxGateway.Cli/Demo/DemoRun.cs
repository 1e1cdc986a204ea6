using System.Diagnostics;
using FaxGateway.Cli.Local;
using FaxGateway.Cli.Worker;
using FaxGateway.Core.Faxes;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Cli.Demo;

/// <summary>
/// <c>faxgw demo</c>: the gateway's main job, end to end on this machine. It starts the SQS
/// emulator and creates the six queues, starts the carrier simulator, a media server and a
/// callback receiver, enqueues a batch of faxes as an upstream application does, runs the
/// worker (the same processors as the Lambda functions) and reports every fax's fate.
/// </summary>
internal sealed class DemoRun(DemoOptions options, TextWriter output)
{
    private const string Stage = "local";
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = new();
    private readonly Lock _outputGate = new();

    /// <summary>Runs the demo; 0 when every fax got exactly one final callback and nothing was sent twice.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        _clock.Start();

        // Read first, so a folder that cannot be used stops the demo before anything starts.
        var documents = DemoDocuments.Load(options.PdfFolder);
        await using var stack = await LocalStack.StartAsync(Stage, options.Speed, SimulatorOptions(), Say, cancellationToken);
        Say($"Carrier simulator at {stack.Simulator.BaseUrl}, speaking the {options.Carrier} API; time x{options.Speed:0.#} (a page takes {60 / options.Speed:0.##} s).");

        var faxes = Plan(stack.Media, documents);
        var start = DateTimeOffset.UtcNow;
        stack.Callbacks.Received += callback => Say($"{callback.FaxId,-8} {callback.Status,-9} {callback.Message}");
        var settings = stack.Settings(options.MaxFaxAttempts, options.Carrier);
        var worker = new WorkerSettings { WaitTime = TimeSpan.FromSeconds(1), ShutdownGrace = TimeSpan.FromSeconds(5) };
        await using (var services = stack.WorkerServices(settings, worker, collection => collection.AddLogging(logging => logging
            .AddSimpleConsole(console => console.SingleLine = true)
            .SetMinimumLevel(options.Verbose ? LogLevel.Information : LogLevel.Error))))
        await using (RunningWorker.Start(services.GetRequiredService<GatewayWorker>(), worker.ShutdownGrace))
        {
            Say($"Worker running: MAX_FAX_ATTEMPTS={settings.MaxFaxAttempts}, retries by failure cause (busy first waits {settings.Retries.Busy.FirstDelay.TotalSeconds:0.##} s), status reads timed from each fax's pages.");
            await stack.EnqueueAsync(faxes.Select(fax => (fax.FaxId, fax.Office.Number, fax.PdfUrl)), cancellationToken);
            Say($"Enqueued {faxes.Count} faxes to {faxes.Select(f => f.Office.Number).Distinct().Count()} offices. Progress (callbacks as they arrive):");
            await stack.WaitForFinalCallbacksAsync(
                [.. faxes.Select(fax => fax.FaxId)], options.Timeout, ProgressEvery, finished => Say($"... {finished} of {faxes.Count} faxes finished"), Say, cancellationToken);
        }

        var report = DemoReport.Build(faxes, stack.Callbacks, stack.Simulator.Record, await stack.DeadLetterCountsAsync(cancellationToken), start);
        report.Print(output);
        Say(report.Passed ? "Demo finished: every fax got its final callback." : "Demo FAILED: see the checks above.");
        return report.Passed ? 0 : 1;
    }

    private FaxSimulatorOptions SimulatorOptions()
    {
        var simulator = new FaxSimulatorOptions { BackgroundBusyProbability = options.BackgroundBusyProbability };
        foreach (var office in DemoBatch.Offices)
        {
            simulator.Lines[office.Number] = office.Line;
        }

        return simulator;
    }

    private List<DemoFax> Plan(MediaServer media, IReadOnlyList<DemoDocuments.Document> documents)
    {
        var faxes = new List<DemoFax>();
        foreach (var office in DemoBatch.Offices)
        {
            for (var i = 0; i < office.Faxes; i++)
            {
                var document = documents[faxes.Count % documents.Count];
                var faxId = $"fax-{faxes.Count + 1:00}";
                faxes.Add(new DemoFax(faxId, office, document.Name, document.Pages, media.Publish($"{faxId}-{document.Name}", document.Pdf)));
            }

            Say($"  {office.Name} ({PhoneNumbers.Mask(office.Number)}): {office.Faxes} fax(es); line {office.Behaviour}");
        }

        return faxes;
    }

    private void Say(string line)
    {
        lock (_outputGate)
        {
            output.WriteLine($"[{_clock.Elapsed.TotalSeconds,5:0.0}s] {line}");
        }
    }
}
