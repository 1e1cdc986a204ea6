using System.CommandLine;
using System.Globalization;
using FaxGateway.Cli.Benchmark;
using FaxGateway.Cli.Demo;
using FaxGateway.Cli.Local;

namespace FaxGateway.Cli.Commands;

/// <summary><c>faxgw bench</c>: see <see cref="ElectionWeekBench"/> and, with <c>--scale</c>, <see cref="ScaleRun"/>.</summary>
internal static class BenchCommand
{
    /// <summary>The command; <paramref name="run"/> runs the parsed options (the real bench by default; tests pass their own).</summary>
    public static Command Create(Func<BenchOptions, CancellationToken, Task<int>>? run = null)
    {
        run ??= RunAsync;
        var defaults = new BenchOptions();
        var faxes = OptionRules.Whole("--faxes", "Faxes in the election-week batch.", defaults.Faxes, 1, 100_000);
        var numbers = OptionRules.Whole("--numbers", "Election offices (destination numbers) they go to.", defaults.Numbers, 1, ElectionWeekWorkload.MaxNumbers);
        var skew = OptionRules.Fraction(
            "--skew",
            "How unequal the offices are: the office of rank i gets a share in proportion to 1/i^s. "
            + "The default 0.5 gives the busiest of 100 offices about 5 % of all faxes, about seven times the median office "
            + "(54 of 1,000 faxes against 8), so its line alone needs about 2.25 model hours.",
            defaults.Skew,
            0,
            3);
        var neverAnswer = OptionRules.Whole("--never-answer", "Offices whose fax never answers, picked from the middle ranks (11, 21, 31, ... of 100).", defaults.NeverAnswer, 0, ElectionWeekWorkload.MaxNumbers - 1);
        var busy = new Option<string>("--busy")
        {
            Description = "Comma-separated chances (0 to 1) that a dial finds the line busy with someone else's call; one run per value and policy.",
            DefaultValueFactory = _ => string.Join(',', defaults.BusyProbabilities.Select(p => p.ToString(CultureInfo.InvariantCulture))),
        };
        busy.Validators.Add(result =>
        {
            if (ParseProbabilities(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError("--busy must be comma-separated numbers from 0 to 1, such as 0,0.2");
            }
        });
        var policies = new Option<string>("--policies")
        {
            Description = $"Comma-separated scheduling policies to compare: {BenchPolicies.Original} ({BenchPolicies.Describe(BenchPolicies.Original)}) "
                + $"and {BenchPolicies.Default} ({BenchPolicies.Describe(BenchPolicies.Default)}).",
            DefaultValueFactory = _ => string.Join(',', defaults.Policies),
        };
        policies.Validators.Add(result =>
        {
            if (ParsePolicies(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"--policies must be a comma-separated list of {string.Join(", ", BenchPolicies.Names)}");
            }
        });
        var speed = OptionRules.Fraction("--speed", "How much faster than real time to run (60: a one-minute page takes a second). Figures are reported in model time.", defaults.Speed, 1, 600);
        var seed = OptionRules.Whole("--seed", "Seeds the batch (pages, order) and the lines' busy luck, the same for every policy.", defaults.Seed, int.MinValue, int.MaxValue);
        var carrier = new Option<string>("--carrier")
        {
            Description = "Which carrier API the gateway speaks to the simulator (telnyx by default: the Twilio-shaped send waits up to 1.5 real seconds, 90 model seconds at x60).",
            DefaultValueFactory = _ => defaults.Carrier,
        };
        carrier.AcceptOnlyFromAmong([.. SimulatedCarriers.Names]);
        var pdfs = new Option<DirectoryInfo>("--pdf-dir") { Description = "Fax the PDFs in this folder (real 1 to 4 page forms, say; it needs each length) instead of generated ones." };
        pdfs.AcceptExistingOnly();
        var timeout = OptionRules.Whole("--timeout", "Real seconds one run may take before it stops waiting for final callbacks.", (int)defaults.Timeout.TotalSeconds, 10, 24 * 3600);
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for election-week.json and election-week.svg (scale.json with --scale) and the gateway's logs.",
            DefaultValueFactory = _ => defaults.Output,
        };
        var scale = new Option<bool>("--scale") { Description = "Run the scale run instead: one faxgw run with thousands of long faxes in flight at once." };
        var scaleFaxes = OptionRules.Whole("--scale-faxes", "Faxes in flight at once in the scale run, each to its own number.", defaults.ScaleFaxes, 1, ElectionWeekWorkload.MaxNumbers);
        var scalePages = OptionRules.Whole("--scale-pages", "Pages of each scale-run fax.", defaults.ScalePages, 1, 200);
        var scalePolicy = new Option<string>("--scale-policy") { Description = "The scale run's policy.", DefaultValueFactory = _ => defaults.ScalePolicy };
        scalePolicy.AcceptOnlyFromAmong([.. BenchPolicies.Names]);
        var noTap = new Option<bool>("--no-sqs-tap") { Description = "Point the gateway straight at the SQS emulator: no pass-through timing when callbacks are queued." };
        var verbose = new Option<bool>("--verbose") { Description = "Also show the local stack starting up." };
        var command = new Command(
            "bench",
            "Benchmark the gateway's scheduling policies on an election week (1,000 skewed faxes to 100 offices) over the full local stack, "
            + "with faxgw run as its own process; prints the figures side by side and writes JSON and an SVG chart. --scale measures one worker with 2,000 faxes in flight.")
        {
            faxes, numbers, skew, neverAnswer, busy, policies, speed, seed, carrier, pdfs, timeout, output, scale, scaleFaxes, scalePages, scalePolicy, noTap, verbose,
        };
        command.Validators.Add(result =>
        {
            // An option left out has no result yet in a command's validator: take its default.
            var never = result.GetResult(neverAnswer) is null ? defaults.NeverAnswer : result.GetValue(neverAnswer);
            var offices = result.GetResult(numbers) is null ? defaults.Numbers : result.GetValue(numbers);
            if (result.GetResult(scale) is null && never >= offices)
            {
                result.AddError("--never-answer must be fewer than --numbers: the busiest office always answers");
            }
        });
        command.SetAction((parse, cancellationToken) => run(
            new BenchOptions
            {
                Faxes = parse.GetValue(faxes),
                Numbers = parse.GetValue(numbers),
                Skew = parse.GetValue(skew),
                NeverAnswer = parse.GetValue(neverAnswer),
                BusyProbabilities = ParseProbabilities(parse.GetValue(busy))!,
                Policies = ParsePolicies(parse.GetValue(policies))!,
                Speed = parse.GetValue(speed),
                Seed = parse.GetValue(seed),
                Carrier = parse.GetValue(carrier)!,
                PdfFolder = parse.GetValue(pdfs),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Output = parse.GetValue(output)!,
                Scale = parse.GetValue(scale),
                ScaleFaxes = parse.GetValue(scaleFaxes),
                ScalePages = parse.GetValue(scalePages),
                ScalePolicy = parse.GetValue(scalePolicy)!,
                TapSqs = !parse.GetValue(noTap),
                Verbose = parse.GetValue(verbose),
            },
            cancellationToken));
        return command;
    }

    /// <summary>Reads <c>0,0.2</c>; null when any value is not a number from 0 to 1, or none is given.</summary>
    internal static IReadOnlyList<double>? ParseProbabilities(string? text)
    {
        var parts = (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<double>();
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1 || double.IsNaN(value))
            {
                return null;
            }

            values.Add(value);
        }

        return values.Count == 0 ? null : [.. values.Distinct()];
    }

    /// <summary>Reads <c>original,default</c>; null when a name is unknown, or none is given.</summary>
    internal static IReadOnlyList<string>? ParsePolicies(string? text)
    {
        var parts = (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.ToLowerInvariant())
            .ToList();
        return parts.Count == 0 || parts.Any(part => !BenchPolicies.Names.Contains(part)) ? null : [.. parts.Distinct(StringComparer.Ordinal)];
    }

    private static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return options.Scale
                ? await new ScaleRun(options, Console.Out).RunAsync(cancellationToken)
                : await new ElectionWeekBench(options, Console.Out).RunAsync(cancellationToken);
        }
        catch (DemoDocumentsException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Most likely --out: a folder that cannot be made, or a file in its place.
            await Console.Error.WriteLineAsync($"faxgw bench: cannot write the results: {exception.Message}");
            return 2;
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
            // No repository to start the emulators from, or faxgw run would not start: its message says which.
            await Console.Error.WriteLineAsync($"faxgw bench: {exception.Message}");
            return 1;
        }
    }
}
