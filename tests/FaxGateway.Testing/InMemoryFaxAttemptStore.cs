using System.Collections.Concurrent;
using FaxGateway.Core.Attempts;

namespace FaxGateway.Testing;

/// <summary>
/// The attempt store's contract (versioned, conditional writes) in memory, for unit tests of
/// the processors. Integration tests use the DynamoDB store over the emulator instead.
/// </summary>
public sealed class InMemoryFaxAttemptStore : IFaxAttemptStore
{
    private readonly ConcurrentDictionary<(string FaxId, int Attempt), FaxAttemptRecord> _records = new();

    /// <summary>Every write that succeeded, in order.</summary>
    public ConcurrentQueue<FaxAttemptRecord> Writes { get; } = new();

    public FaxAttemptRecord? this[string faxId, int attempt] => _records.GetValueOrDefault((faxId, attempt));

    public Task<FaxAttemptRecord?> GetAsync(string faxId, int attempt, CancellationToken cancellationToken) =>
        Task.FromResult(_records.GetValueOrDefault((faxId, attempt)));

    public Task<bool> TrySaveAsync(FaxAttemptRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var key = (record.FaxId, record.Attempt);
        var saved = record.Version == 1
            ? _records.TryAdd(key, record)
            : _records.TryGetValue(key, out var current) && current.Version == record.Version - 1 && _records.TryUpdate(key, record, current);
        if (saved)
        {
            Writes.Enqueue(record);
        }

        return Task.FromResult(saved);
    }

    /// <summary>Puts <paramref name="record"/> in place as if an earlier run had written it.</summary>
    public void Seed(FaxAttemptRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records[(record.FaxId, record.Attempt)] = record;
    }
}
