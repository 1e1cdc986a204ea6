using System.CommandLine;
using FaxGateway.Cli.FaultRun;

namespace FaxGateway.Cli.Commands;

/// <summary><c>faxgw faults</c>: see <see cref="FaultRun.FaultRun"/>.</summary>
internal static class FaultsCommand
{
    /// <summary>The command; <paramref name="run"/> runs the parsed options (the real run by default; tests pass their own).</summary>
    public static Command Create(Func<FaultRunOptions, CancellationToken, Task<int>>? run = null)
    {
        run ??= (options, cancellationToken) => new FaultRun.FaultRun(options, Console.Out).RunAsync(cancellationToken);
        var defaults = new FaultRunOptions();
        var faxes = OptionRules.Whole("--faxes", "Faxes to send.", defaults.Faxes, 1, 100_000);
        var numbers = OptionRules.Whole("--numbers", "Destination numbers to spread them over.", defaults.Numbers, 1, FaultRun.FaultRun.MaxNumbers);
        var speed = OptionRules.Fraction("--speed", "How much faster than real time to run (60: a one-minute page takes a second).", defaults.Speed, 1, 600);
        var seed = OptionRules.Whole("--seed", "Seeds every random choice, so a run can be repeated.", defaults.Seed, int.MinValue, int.MaxValue);
        var attempts = OptionRules.Whole("--max-attempts", "MAX_FAX_ATTEMPTS.", defaults.MaxFaxAttempts, 1, 20);
        var busy = OptionRules.Fraction("--busy-probability", "Chance (0 to 1) that a dial finds the line busy with someone else's fax.", defaults.BusyProbability, 0, 1);
        var deadLines = OptionRules.Fraction("--dead-lines", "Share (0 to 1) of the numbers whose line never answers (their faxes end in perm_fail).", defaults.DeadLineShare, 0, 1);
        var carrierErrors = OptionRules.Fraction("--carrier-error-rate", "Share (0 to 1) of carrier API calls answered 500, 502 or 503.", defaults.CarrierErrorRate, 0, 1);
        var sqsErrors = OptionRules.Fraction("--sqs-error-rate", "Share (0 to 1) of SQS requests that fail, before the SDK's own retries.", defaults.SqsErrorRate, 0, 1);
        var kills = OptionRules.Fraction("--kill-rate", "Chance (0 to 1) that a processing run is killed at each fault point it reaches.", defaults.KillRate, 0, 1);
        var down = OptionRules.Fraction("--receiver-down", "Simulated minutes the callback receiver answers 503, from two minutes in.", defaults.ReceiverDown.TotalMinutes, 0, 24 * 60);
        var visibility = OptionRules.Whole("--fax-visibility", "The fax queue's visibility timeout in real seconds: how soon a killed run's fax comes back.", (int)defaults.FaxVisibility.TotalSeconds, 3, 1200);
        var timeout = OptionRules.Whole("--timeout", "Real seconds to wait for every fax's final callback.", (int)defaults.Timeout.TotalSeconds, 1, 24 * 3600);
        var verbose = new Option<bool>("--verbose") { Description = "Also show the gateway's warnings and errors as they happen." };
        var command = new Command("faults", "Send a batch of faxes through the local stack while the carrier, SQS, the processor and the callback receiver fail; check none is lost or sent twice.")
        {
            faxes, numbers, speed, seed, attempts, busy, deadLines, carrierErrors, sqsErrors, kills, down, visibility, timeout, verbose,
        };
        command.SetAction((parse, cancellationToken) => run(
            new FaultRunOptions
            {
                Faxes = parse.GetValue(faxes),
                Numbers = parse.GetValue(numbers),
                Speed = parse.GetValue(speed),
                Seed = parse.GetValue(seed),
                MaxFaxAttempts = parse.GetValue(attempts),
                BusyProbability = parse.GetValue(busy),
                DeadLineShare = parse.GetValue(deadLines),
                CarrierErrorRate = parse.GetValue(carrierErrors),
                SqsErrorRate = parse.GetValue(sqsErrors),
                KillRate = parse.GetValue(kills),
                ReceiverDown = TimeSpan.FromMinutes(parse.GetValue(down)),
                FaxVisibility = TimeSpan.FromSeconds(parse.GetValue(visibility)),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Verbose = parse.GetValue(verbose),
            },
            cancellationToken));
        return command;
    }
}
