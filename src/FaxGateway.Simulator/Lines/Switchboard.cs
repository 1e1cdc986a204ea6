using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Logging;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Simulator.Lines;

/// <summary>
/// The phone lines, one per destination number. A line carries one call at a time: a dial while
/// another of the simulator's calls is on it (ringing or sending) hears busy. Every call is
/// written to the record under the same lock that guards the lines, so the record's
/// <c>[start, end)</c> intervals never show an overlap the lines did not have.
/// </summary>
internal sealed class Switchboard
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PhoneLine> _lines = new(StringComparer.Ordinal);
    private readonly Random _random;
    private readonly double _backgroundBusyProbability;
    private readonly SimulatorClock _clock;
    private readonly SimulatorRecord _record;
    private readonly ILogger<Switchboard> _logger;

    public Switchboard(FaxSimulatorOptions options, SimulatorClock clock, SimulatorRecord record, ILogger<Switchboard> logger)
    {
        _random = new Random(options.RandomSeed);
        _backgroundBusyProbability = options.BackgroundBusyProbability;
        _clock = clock;
        _record = record;
        _logger = logger;
        foreach (var (number, script) in options.Lines)
        {
            _lines[number] = new PhoneLine(script);
        }
    }

    /// <summary>Gives <paramref name="number"/> a new script; its dial-attempt count starts again from zero.</summary>
    public void SetScript(string number, LineScript script)
    {
        lock (_gate)
        {
            LineFor(number).Reset(script);
        }

        Log.LineScriptSet(_logger, PhoneNumbers.Mask(number), script.ToString());
    }

    /// <summary>Dials <paramref name="to"/> and records the call as up from now.</summary>
    public PhoneCall Dial(string faxSid, string to, string mediaUrl, int pages)
    {
        lock (_gate)
        {
            var line = LineFor(to);
            line.DialAttempts++;
            var (outcome, busyCause) = Answer(line);
            if (outcome is not (DialOutcome.Busy or DialOutcome.NotInService))
            {
                line.CallOnLine = faxSid;
            }

            var index = _record.StartCall(new CallRecord(faxSid, to, mediaUrl, _clock.Now, null, null, busyCause, pages, 0));
            return new PhoneCall(index, faxSid, to, outcome, busyCause, line.Script);
        }
    }

    /// <summary>Ends <paramref name="call"/>: records its end, then frees the line, in that order.</summary>
    public void HangUp(PhoneCall call, CallOutcome outcome, int pagesSent)
    {
        lock (_gate)
        {
            _record.EndCall(call.RecordIndex, _clock.Now, outcome, pagesSent);
            var line = LineFor(call.To);
            if (line.CallOnLine == call.FaxSid)
            {
                line.CallOnLine = null;
            }
        }
    }

    private (DialOutcome Outcome, BusyCause? Cause) Answer(PhoneLine line)
    {
        if (line.CallOnLine is not null)
        {
            return (DialOutcome.Busy, BusyCause.OwnCall);
        }

        var scripted = line.Script.Answer(line.DialAttempts);
        if (scripted == DialOutcome.Busy)
        {
            return (DialOutcome.Busy, BusyCause.Script);
        }

        // Drawn only for calls that would ring, so scripted busy lines leave the sequence alone.
        if (_backgroundBusyProbability > 0 && _random.NextDouble() < _backgroundBusyProbability)
        {
            return (DialOutcome.Busy, BusyCause.BackgroundTraffic);
        }

        return (scripted, null);
    }

    private PhoneLine LineFor(string number)
    {
        if (!_lines.TryGetValue(number, out var line))
        {
            line = new PhoneLine(LineScript.Normal);
            _lines[number] = line;
        }

        return line;
    }
}
