using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FaxGateway.Simulator.Lines;

namespace FaxGateway.Simulator.Hosting;

/// <summary>The command line: <c>--name value</c> pairs, each checked with a message that says what was expected.</summary>
internal static class SimulatorArguments
{
    /// <summary>The process listens on a known port by default, so a demo can be pointed at it.</summary>
    public const int DefaultPort = 8085;

    public const string Usage = """
        Usage: dotnet run --project src/FaxGateway.Simulator -- [options]

        Serves the Twilio v1 (/v1/Faxes), SignalWire (/api/laml/2010-04-01/Accounts/{project}/Faxes.json),
        Telnyx v2 (/v2/faxes) and Sinch v3 (/v3/projects/{project}/faxes) fax APIs over the same lines,
        each with its default credentials (see FaxSimulatorOptions).

          --port N                  port on 127.0.0.1 (default 8085; 0 picks a free one)
          --time-scale X            run X times faster than real time (default 1; 60 makes a page take 1 s)
          --busy-probability P      chance 0..1 that a dial finds the line busy (default 0)
          --seed N                  random seed for busy lines (default 1)
          --account-sid SID         Basic-auth user (default AC0123456789abcdef0123456789abcdef)
          --auth-token TOKEN        Basic-auth password (default simulator-auth-token)
          --line NUMBER=SCRIPT      script a number; repeat for more. SCRIPT is one of: normal,
                                    always-busy, never-answers, busy-then-answer:N,
                                    no-answer-then-answer:N, fail-after-pages:N,
                                    invalid-number
          --quiet                   log warnings only
          --help                    show this text
        """;

    private delegate string? Setter(FaxSimulatorOptions options, string value);

    private static readonly Dictionary<string, Setter> Setters = new(StringComparer.Ordinal)
    {
        ["--port"] = (o, v) => TryInt(v, 0, 65535, out var port) ? Set(() => o.Port = port) : "--port needs a number from 0 to 65535",
        ["--time-scale"] = (o, v) => TryDouble(v, out var scale) && scale > 0 ? Set(() => o.TimeScale = scale) : "--time-scale needs a positive number",
        ["--busy-probability"] = (o, v) => TryDouble(v, out var p) && p is >= 0 and <= 1 ? Set(() => o.BackgroundBusyProbability = p) : "--busy-probability needs a number from 0 to 1",
        ["--seed"] = (o, v) => TryInt(v, int.MinValue, int.MaxValue, out var seed) ? Set(() => o.RandomSeed = seed) : "--seed needs a whole number",
        ["--account-sid"] = (o, v) => v.Length > 0 ? Set(() => o.AccountSid = v) : "--account-sid needs a value",
        ["--auth-token"] = (o, v) => v.Length > 0 ? Set(() => o.AuthToken = v) : "--auth-token needs a value",
        ["--line"] = AddLine,
    };

    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out FaxSimulatorOptions? options, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new FaxSimulatorOptions { Port = DefaultPort, LogLevel = LogLevel.Information };
        options = null;
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            if (args[i] == "--quiet")
            {
                parsed.LogLevel = LogLevel.Warning;
            }
            else if (!Setters.TryGetValue(args[i], out var setter))
            {
                error = $"Unknown argument '{args[i]}'.";
            }
            else
            {
                error = i + 1 < args.Count ? setter(parsed, args[++i]) : $"{args[i]} needs a value.";
            }
        }

        options = error is null ? parsed : null;
        return error is null;
    }

    private static string? AddLine(FaxSimulatorOptions options, string value)
    {
        var parts = value.Split('=', 2);
        if (parts.Length != 2 || !PhoneNumbers.IsE164(parts[0]))
        {
            return "--line needs NUMBER=SCRIPT with an E.164 number, such as +16175550101=busy-then-answer:2";
        }

        if (!LineScript.TryParse(parts[1], out var script))
        {
            return $"--line: unknown script '{parts[1]}'";
        }

        options.Lines[parts[0]] = script;
        return null;
    }

    private static string? Set(Action assign)
    {
        assign();
        return null;
    }

    private static bool TryInt(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    private static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
