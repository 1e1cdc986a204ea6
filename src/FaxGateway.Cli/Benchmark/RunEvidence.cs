using FaxGateway.Cli.Local;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Cli.Benchmark;

/// <summary>
/// Everything one policy run saw, on the wall clock: the faxes and their media URLs, the
/// callbacks the receiver took, the simulator's calls and API requests, the callbacks queued
/// (when the SQS tap was on), the gateway process's usage, and when the first fax was enqueued.
/// </summary>
internal sealed record RunEvidence
{
    public required IReadOnlyList<BenchFax> Faxes { get; init; }

    /// <summary>Each fax's own media URL, as the carrier was given it.</summary>
    public required IReadOnlyDictionary<string, string> MediaUrls { get; init; }

    public required Func<string, IReadOnlyList<ReceivedCallback>> CallbacksOf { get; init; }

    public required IReadOnlyList<CallRecord> Calls { get; init; }

    public required IReadOnlyList<ApiRequestRecord> Requests { get; init; }

    /// <summary>Callbacks as they were queued; null without the SQS tap.</summary>
    public IReadOnlyList<QueuedCallback>? Queued { get; init; }

    /// <summary>When the first fax was enqueued: time zero of every figure.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>How many times faster than real the model ran: wall seconds × speed are model seconds.</summary>
    public required double Speed { get; init; }

    public required ProcessUsage Usage { get; init; }

    /// <summary>Real time from the first enqueue to the end of the wait.</summary>
    public required TimeSpan Wall { get; init; }

    /// <summary>Messages in the fax, retry and webhook dead-letter queues at the end.</summary>
    public IReadOnlyDictionary<string, int> DeadLetters { get; init; } = new Dictionary<string, int>();
}
