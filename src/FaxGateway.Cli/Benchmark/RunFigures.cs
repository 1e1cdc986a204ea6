using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Cli.Benchmark;

/// <summary>A median and a 95th percentile of some model-time figure, over <see cref="Count"/> values.</summary>
internal sealed record Spread(double Median, double P95, int Count)
{
    public static Spread Of(IReadOnlyCollection<double> values) =>
        new(BenchStatistics.Median(values), BenchStatistics.Percentile(values, 95), values.Count);
}

/// <summary>
/// The figures of one (policy, busy probability) run. Every time is in model seconds: real
/// seconds × the speed, so they read as they would in a real election week.
/// </summary>
internal sealed record RunFigures
{
    public required string Policy { get; init; }

    public required double BusyProbability { get; init; }

    public required int Faxes { get; init; }

    public required int Delivered { get; init; }

    public required int PermanentlyFailed { get; init; }

    /// <summary>Faxes with no final callback when the run stopped waiting.</summary>
    public required int Unfinished { get; init; }

    /// <summary>First enqueue to the last final callback received (to the end of the wait when some fax never got one).</summary>
    public required double MakespanSeconds { get; init; }

    /// <summary>First enqueue to the carrier finishing the last delivery.</summary>
    public required double LastDeliverySeconds { get; init; }

    public required double LowerBoundSeconds { get; init; }

    public double MakespanOverLowerBound => LowerBoundSeconds > 0 ? MakespanSeconds / LowerBoundSeconds : double.NaN;

    /// <summary>Faxes the carrier accepted (successful creates): every attempt that reached the carrier.</summary>
    public required int CarrierFaxesCreated { get; init; }

    public double AttemptsPerDelivered => Delivered > 0 ? (double)CarrierFaxesCreated / Delivered : double.NaN;

    public required int Dials { get; init; }

    public required int BusyDials { get; init; }

    /// <summary>Dials that found the line busy with the gateway's own call: must be 0.</summary>
    public required int SelfInflictedBusy { get; init; }

    public required int NoAnswerDials { get; init; }

    /// <summary>Documents (one per fax) the carrier delivered more than once: must be 0.</summary>
    public required int Duplicates { get; init; }

    /// <summary>The most calls ever up at once on one number: 1 when the gateway never competes with itself.</summary>
    public required int MostCallsAtOnceOnOneNumber { get; init; }

    /// <summary>Carrier's final status (the call's end) to the attempt's callback received.</summary>
    public required Spread ResultToCallbackReceived { get; init; }

    /// <summary>Carrier's final status to the attempt's callback queued on the webhook queue; null without the SQS tap.</summary>
    public Spread? ResultToCallbackQueued { get; init; }

    /// <summary>Attempts whose call and callback could not be paired (a fax still in progress, say).</summary>
    public required int UnpairedAttempts { get; init; }

    public required int StatusReads { get; init; }

    public double StatusReadsPerAttempt => CarrierFaxesCreated > 0 ? (double)StatusReads / CarrierFaxesCreated : double.NaN;

    public required int CallbacksReceived { get; init; }

    public required double CpuSeconds { get; init; }

    public required double PeakMemoryMegabytes { get; init; }

    public required double WallSeconds { get; init; }

    public required double Speed { get; init; }

    /// <summary>When each delivery finished on the line, model seconds from the first enqueue, in order.</summary>
    public required IReadOnlyList<double> DeliveryTimes { get; init; }

    public IReadOnlyDictionary<string, int> DeadLetters { get; init; } = new Dictionary<string, int>();

    /// <summary>The run kept the gateway's promises: no self-inflicted busy, no duplicate, every fax final.</summary>
    public bool Passed => SelfInflictedBusy == 0 && Duplicates == 0 && Unfinished == 0 && MostCallsAtOnceOnOneNumber <= 1;

    public static RunFigures Build(string policy, double busyProbability, RunEvidence evidence, TimeSpan lowerBound)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var speed = evidence.Speed;
        double Model(DateTimeOffset instant) => (instant - evidence.Start).TotalSeconds * speed;

        var callbacks = evidence.Faxes.ToDictionary(fax => fax.FaxId, fax => evidence.CallbacksOf(fax.FaxId), StringComparer.Ordinal);
        var finals = callbacks.Values.Select(list => list.Where(callback => callback.IsTerminal).MinBy(callback => callback.ReceivedAt)).ToList();
        var unfinished = finals.Count(final => final is null);
        var calls = evidence.Calls;
        var delivered = calls.Where(call => call.Outcome == CallOutcome.Delivered).ToList();
        var (received, queued, unpaired) = Latencies(evidence);
        var makespan = unfinished > 0
            ? evidence.Wall.TotalSeconds * speed
            : finals.Select(final => Model(final!.ReceivedAt)).DefaultIfEmpty(0).Max();

        return new RunFigures
        {
            Policy = policy,
            BusyProbability = busyProbability,
            Faxes = evidence.Faxes.Count,
            Delivered = finals.Count(final => final?.Status == "sent"),
            PermanentlyFailed = finals.Count(final => final?.Status == "perm_fail"),
            Unfinished = unfinished,
            MakespanSeconds = makespan,
            LastDeliverySeconds = delivered.Select(call => Model(call.EndedAt!.Value)).DefaultIfEmpty(0).Max(),
            LowerBoundSeconds = lowerBound.TotalSeconds,
            CarrierFaxesCreated = evidence.Requests.Count(CarrierRequestKinds.IsFaxCreated),
            Dials = calls.Count,
            BusyDials = calls.Count(call => call.Outcome == CallOutcome.Busy),
            SelfInflictedBusy = calls.Count(call => call.BusyCause == BusyCause.OwnCall),
            NoAnswerDials = calls.Count(call => call.Outcome == CallOutcome.NoAnswer),
            Duplicates = delivered.GroupBy(call => (call.To, call.MediaUrl)).Count(group => group.Count() > 1),
            MostCallsAtOnceOnOneNumber = calls.GroupBy(call => call.To, StringComparer.Ordinal)
                .Select(CallOverlap.MaxSimultaneous)
                .DefaultIfEmpty(0)
                .Max(),
            ResultToCallbackReceived = Spread.Of(received),
            ResultToCallbackQueued = queued is null ? null : Spread.Of(queued),
            UnpairedAttempts = unpaired,
            StatusReads = evidence.Requests.Count(CarrierRequestKinds.IsStatusRead),
            CallbacksReceived = callbacks.Values.Sum(list => list.Count),
            CpuSeconds = evidence.Usage.Cpu.TotalSeconds,
            PeakMemoryMegabytes = evidence.Usage.PeakMemoryMegabytes,
            WallSeconds = evidence.Wall.TotalSeconds,
            Speed = speed,
            DeliveryTimes = [.. delivered.Select(call => Model(call.EndedAt!.Value)).Order()],
            DeadLetters = evidence.DeadLetters,
        };
    }

    /// <summary>
    /// Pairs each attempt's call with its callback: a fax's calls in dialling order are its
    /// attempts 1, 2, … (each attempt the carrier accepted dials once), matched to the callback
    /// whose payload names that attempt, the first copy received. A fax whose calls and
    /// callbacks do not line up one to one (it never finished, say) is left out and counted.
    /// </summary>
    internal static (List<double> Received, List<double>? Queued, int Unpaired) Latencies(RunEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var callsByMedia = evidence.Calls.Where(call => call.EndedAt is not null)
            .GroupBy(call => call.MediaUrl, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.OrderBy(call => call.StartedAt).ToList(), StringComparer.Ordinal);
        var queuedByAttempt = evidence.Queued?
            .Where(callback => callback.Attempt is not null)
            .GroupBy(callback => (callback.FaxId, Attempt: callback.Attempt!.Value))
            .ToDictionary(group => group.Key, group => group.Min(callback => callback.QueuedAt));
        var received = new List<double>();
        var queued = queuedByAttempt is null ? null : new List<double>();
        var unpaired = 0;
        foreach (var fax in evidence.Faxes)
        {
            var calls = evidence.MediaUrls.TryGetValue(fax.FaxId, out var url) && callsByMedia.TryGetValue(url, out var list) ? list : [];
            var byAttempt = evidence.CallbacksOf(fax.FaxId).Where(callback => callback.Attempt is not null)
                .GroupBy(callback => callback.Attempt!.Value)
                .ToDictionary(group => group.Key, group => group.Min(callback => callback.ReceivedAt));
            if (byAttempt.Count != calls.Count || !byAttempt.Keys.Order().SequenceEqual(Enumerable.Range(1, calls.Count)))
            {
                unpaired += Math.Max(calls.Count, byAttempt.Count);
                continue;
            }

            for (var attempt = 1; attempt <= calls.Count; attempt++)
            {
                var ended = calls[attempt - 1].EndedAt!.Value;
                received.Add((byAttempt[attempt] - ended).TotalSeconds * evidence.Speed);
                if (queuedByAttempt is not null && queuedByAttempt.TryGetValue((fax.FaxId, attempt), out var at))
                {
                    queued!.Add((at - ended).TotalSeconds * evidence.Speed);
                }
            }
        }

        return (received, queued, unpaired);
    }
}
