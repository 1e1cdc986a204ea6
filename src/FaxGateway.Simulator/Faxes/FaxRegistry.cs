using System.Collections.Concurrent;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Logging;

namespace FaxGateway.Simulator.Faxes;

/// <summary>
/// Every fax the simulator has accepted, and the lifecycle running each one. Disposing it stops
/// every lifecycle and waits for them, so a stopped simulator leaves nothing running.
/// </summary>
internal sealed class FaxRegistry(
    FaxLifecycle lifecycle, SimulatorClock clock, FaxSimulatorOptions options, ILogger<FaxRegistry> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, SimulatedFax> _faxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _lifecycles = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _accountSid = options.AccountSid;
    private long _sequence;

    /// <summary>Accepts a fax and starts its lifecycle; returns it as it was accepted (queued).</summary>
    public FaxSnapshot Create(NewFax request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fax = new SimulatedFax(
            FaxSids.NewFor(request.Api), FaxSids.NewMediaSid(), _accountSid, Interlocked.Increment(ref _sequence), request, clock.Now);
        _faxes[fax.Sid] = fax;
        var accepted = fax.Snapshot();
        Log.FaxQueued(logger, fax.Sid, PhoneNumbers.Mask(request.To));

        // Started on this thread, not queued to the pool: the queue timer is armed before the
        // 201 goes out, so a test holding a fake clock can advance it straight away.
        _lifecycles[fax.Sid] = lifecycle.RunAsync(fax, _stopping.Token);
        return accepted;
    }

    public SimulatedFax? Find(string sid) => _faxes.GetValueOrDefault(sid);

    /// <summary>The fax <paramref name="sid"/> if <paramref name="api"/> created it: each API sees only its own faxes.</summary>
    public SimulatedFax? Find(string sid, CarrierApi api) => Find(sid) is { } fax && fax.Request.Api == api ? fax : null;

    /// <summary>The faxes <paramref name="api"/> created that pass <paramref name="filter"/>, newest first: what a list call pages through.</summary>
    public IReadOnlyList<SimulatedFax> Newest(CarrierApi api, Func<SimulatedFax, bool> filter) =>
        [.. _faxes.Values
            .Where(fax => fax.Request.Api == api)
            .Where(filter)
            .OrderByDescending(fax => fax.Sequence)];

    public CancelResult Cancel(SimulatedFax fax)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var result = fax.TryCancel(clock.Now);
        if (result == CancelResult.Canceled)
        {
            Log.FaxCanceled(logger, fax.Sid);
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_lifecycles.Values);
        foreach (var fax in _faxes.Values)
        {
            fax.Dispose();
        }

        _stopping.Dispose();
    }
}
