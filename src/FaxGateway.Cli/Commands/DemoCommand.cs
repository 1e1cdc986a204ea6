using System.CommandLine;
using FaxGateway.Cli.Demo;
using FaxGateway.Cli.Local;

namespace FaxGateway.Cli.Commands;

/// <summary><c>faxgw demo</c>: see <see cref="DemoRun"/>.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var defaults = new DemoOptions();
        var speed = new Option<double>("--speed")
        {
            Description = "How much faster than real time to run (60: a one-minute page takes a second).",
            DefaultValueFactory = _ => defaults.Speed,
        };
        speed.Between(1.0, 600.0);
        var attempts = new Option<int>("--max-attempts")
        {
            Description = "MAX_FAX_ATTEMPTS for the demo.",
            DefaultValueFactory = _ => defaults.MaxFaxAttempts,
        };
        attempts.Between(1, 20);
        var pdfs = new Option<DirectoryInfo>("--pdf-dir") { Description = "Fax the PDFs in this folder (for example real election forms) instead of generated ones." };
        pdfs.AcceptExistingOnly();
        var busy = new Option<double>("--busy-probability")
        {
            Description = "Chance (0 to 1) that a line is busy with someone else's fax when dialled.",
            DefaultValueFactory = _ => defaults.BackgroundBusyProbability,
        };
        busy.Between(0.0, 1.0);
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for every fax's final callback.",
            DefaultValueFactory = _ => (int)defaults.Timeout.TotalSeconds,
        };
        timeout.Between(1, 3600);
        var verbose = new Option<bool>("--verbose") { Description = "Also show the gateway's own log lines." };
        var carrier = new Option<string>("--carrier")
        {
            Description = "Which carrier's API to send through; the simulator speaks each over the same phone lines.",
            DefaultValueFactory = _ => defaults.Carrier,
        };
        carrier.AcceptOnlyFromAmong([.. SimulatedCarriers.Names]);
        var command = new Command("demo", "Run the gateway end to end on this machine: SQS emulator, carrier simulator, real callbacks and PDFs.")
        {
            speed, attempts, pdfs, busy, timeout, verbose, carrier,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(new DemoRun(
            new DemoOptions
            {
                Speed = parse.GetValue(speed),
                MaxFaxAttempts = parse.GetValue(attempts),
                PdfFolder = parse.GetValue(pdfs),
                BackgroundBusyProbability = parse.GetValue(busy),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Verbose = parse.GetValue(verbose),
                Carrier = parse.GetValue(carrier)!,
            },
            Console.Out), cancellationToken));
        return command;
    }

    /// <summary>Runs the demo; a PDF folder it cannot use is one clear line and exit code 2.</summary>
    private static async Task<int> RunAsync(DemoRun demo, CancellationToken cancellationToken)
    {
        try
        {
            return await demo.RunAsync(cancellationToken);
        }
        catch (DemoDocumentsException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }
    }
}
