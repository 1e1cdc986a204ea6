using System.Diagnostics;
using FaxGateway.Cli.Local;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;

namespace FaxGateway.Cli.Benchmark;

/// <summary>What one run of the gateway over a fresh local stack sends, and how.</summary>
internal sealed record PolicyRunSpec
{
    public required string Policy { get; init; }

    public required IReadOnlyList<BenchFax> Faxes { get; init; }

    /// <summary>The PDF each fax sends.</summary>
    public required Func<BenchFax, byte[]> Document { get; init; }

    public IReadOnlySet<string> NeverAnswer { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public double BusyProbability { get; init; }

    public required double Speed { get; init; }

    public required int Seed { get; init; }

    public required string Carrier { get; init; }

    /// <summary><c>WORKER_FAX_CONCURRENCY</c>.</summary>
    public required int FaxConcurrency { get; init; }

    public required TimeSpan Timeout { get; init; }

    public required FileInfo GatewayLog { get; init; }

    public bool TapSqs { get; init; } = true;

    public bool Verbose { get; init; }
}

/// <summary>
/// One run of the bench: a fresh local stack (queues, table, simulator, media server, callback
/// receiver) in this process, <c>faxgw run</c> as a child process configured only by its
/// environment, every fax enqueued at once as an upstream client does, then a wait until every
/// fax has its final callback (or the time limit). Returns what it saw, for <see cref="RunFigures"/>.
/// </summary>
internal sealed class PolicyRun(PolicyRunSpec spec, Action<string> say)
{
    private const string Stage = "bench";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(1);

    public async Task<RunEvidence> RunAsync(CancellationToken cancellationToken)
    {
        var simulator = new FaxSimulatorOptions { BackgroundBusyProbability = spec.BusyProbability, RandomSeed = spec.Seed };
        foreach (var number in spec.NeverAnswer)
        {
            simulator.Lines[number] = LineScript.NeverAnswers();
        }

        await using var stack = await LocalStack.StartAsync(Stage, spec.Speed, simulator, spec.Verbose ? say : _ => { }, cancellationToken);
        var urls = spec.Faxes.ToDictionary(fax => fax.FaxId, fax => stack.Media.Publish($"{fax.FaxId}.pdf", spec.Document(fax)), StringComparer.Ordinal);
        await using var tap = spec.TapSqs ? await SqsTap.StartAsync(stack.SqsEndpoint, stack.Queues.Webhook, cancellationToken) : null;
        var environment = GatewayEnvironment.For(
            StackEndpoints.Of(stack, tap?.Endpoint ?? stack.SqsEndpoint),
            spec.Carrier,
            spec.Policy,
            spec.Speed,
            spec.FaxConcurrency);
        await using var gateway = GatewayProcess.Start(environment, spec.GatewayLog);
        await gateway.WaitUntilReadyAsync(StartLimit, cancellationToken);
        say($"  faxgw run (pid {gateway.Id}) is consuming the queues; enqueueing {spec.Faxes.Count} faxes...");

        var start = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await stack.EnqueueAsync(spec.Faxes.Select(fax => (fax.FaxId, fax.To, urls[fax.FaxId])), cancellationToken);
        say($"  enqueued in {clock.Elapsed.TotalSeconds:0.0} s real ({clock.Elapsed.TotalSeconds * spec.Speed / 60:0.#} model minutes).");
        await WaitAsync(stack, gateway, clock, cancellationToken);
        var wall = clock.Elapsed;
        var (usage, exitCode) = await gateway.StopAsync();
        if (exitCode is not (0 or null))
        {
            say($"  faxgw run exited with code {exitCode}; its log is in {spec.GatewayLog.FullName}.");
        }

        return new RunEvidence
        {
            Faxes = spec.Faxes,
            MediaUrls = urls.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal),
            CallbacksOf = faxId => stack.Callbacks.For(faxId),
            Calls = stack.Simulator.Record.Calls,
            Requests = stack.Simulator.Record.Requests,
            Queued = tap?.Callbacks,
            Start = start,
            Speed = spec.Speed,
            Usage = usage,
            Wall = wall,
            DeadLetters = await stack.DeadLetterCountsAsync(cancellationToken),
        };
    }

    /// <summary>Waits until every fax has a final callback, the gateway exits, or the time limit passes; reads the gateway's usage as it goes.</summary>
    private async Task WaitAsync(LocalStack stack, GatewayProcess gateway, Stopwatch clock, CancellationToken cancellationToken)
    {
        var nextProgress = ProgressEvery;
        var nextSample = SampleEvery;
        while (true)
        {
            var finished = spec.Faxes.Count(fax => stack.Callbacks.For(fax.FaxId).Any(callback => callback.IsTerminal));
            if (finished == spec.Faxes.Count)
            {
                say($"  every fax has its final callback after {clock.Elapsed.TotalSeconds:0.0} s real ({clock.Elapsed.TotalHours * spec.Speed:0.00} model hours).");
                return;
            }

            if (gateway.HasExited)
            {
                say($"  faxgw run stopped with {spec.Faxes.Count - finished} fax(es) unfinished:{Environment.NewLine}{gateway.Tail}");
                return;
            }

            if (clock.Elapsed > spec.Timeout)
            {
                say($"  gave up after {spec.Timeout.TotalSeconds:0} s real: {spec.Faxes.Count - finished} fax(es) have no final callback.");
                return;
            }

            if (clock.Elapsed > nextSample)
            {
                gateway.Sample();
                nextSample += SampleEvery;
            }

            if (clock.Elapsed > nextProgress)
            {
                var usage = gateway.Sample();
                say($"  ... {finished} of {spec.Faxes.Count} final at {clock.Elapsed.TotalHours * spec.Speed:0.00} model hours; "
                    + $"gateway CPU {usage.Cpu.TotalSeconds:0.0} s, peak {usage.PeakMemoryMegabytes:0} MB");
                nextProgress += ProgressEvery;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }
}
