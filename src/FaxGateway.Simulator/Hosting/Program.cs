namespace FaxGateway.Simulator.Hosting;

/// <summary>The command-line host: parse the arguments, start the simulator, print where it listens, run until stopped.</summary>
internal static class Program
{
    private const int UsageExitCode = 2;
    private const int StartFailedExitCode = 1;

    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(SimulatorArguments.Usage);
            return 0;
        }

        if (!SimulatorArguments.TryParse(args, out var options, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(SimulatorArguments.Usage);
            return UsageExitCode;
        }

        FaxSimulatorHost simulator;
        try
        {
            simulator = await FaxSimulatorHost.StartAsync(options);
        }
        catch (IOException exception)
        {
            await Console.Error.WriteLineAsync($"Could not listen on 127.0.0.1:{options.Port}: {exception.Message}");
            return StartFailedExitCode;
        }

        await using (simulator)
        {
            Console.WriteLine($"FaxGateway.Simulator listening on {simulator.BaseUrl} (time scale {options.TimeScale}); Ctrl+C stops it.");
            await simulator.WaitForShutdownAsync();
        }

        return 0;
    }
}
