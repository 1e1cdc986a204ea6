using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;

namespace FaxGateway.Cli.FaultRun;

/// <summary>
/// Kills processing runs at random <see cref="FaultPoint"/>s, for the fault-injection run. The
/// first time an attempt of a fax reaches a point, it is killed there with chance
/// <paramref name="rate"/>; that decision is made once per fax id, attempt and point, so the
/// redelivered message passes the point next time. The draws are a function of
/// <paramref name="seed"/> and the key alone (a seeded random number per key), so a run kills
/// the same runs again however its threads interleave.
/// </summary>
internal sealed class RandomCrashes(double rate, int seed) : IFaultInjector
{
    private readonly ConcurrentDictionary<(string FaxId, int Attempt, FaultPoint Point), bool> _decided = new();
    private readonly ConcurrentQueue<Crash> _crashes = new();
    private readonly int[] _kills = new int[Enum.GetValues<FaultPoint>().Length];

    /// <summary>One injected crash.</summary>
    public sealed record Crash(string FaxId, int Attempt, FaultPoint Point, DateTimeOffset At);

    /// <summary>Kills so far at each point.</summary>
    public IReadOnlyDictionary<FaultPoint, int> KillsByPoint =>
        Enum.GetValues<FaultPoint>().ToDictionary(point => point, point => Volatile.Read(ref _kills[(int)point]));

    /// <summary>Attempts (fax id and attempt number) that reached any fault point.</summary>
    public int Attempts => _decided.Keys.Select(key => (key.FaxId, key.Attempt)).Distinct().Count();

    /// <summary>Every kill so far.</summary>
    public int Kills => KillsByPoint.Values.Sum();

    /// <summary>The kills of <paramref name="faxId"/>'s runs, oldest first.</summary>
    public IReadOnlyList<Crash> CrashesOf(string faxId) => [.. _crashes.Where(crash => crash.FaxId == faxId)];

    public void At(FaultPoint point, Fax fax)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var key = (fax.FaxId, fax.Attempt, point);
        if (!_decided.TryAdd(key, true) || Draw(seed, fax.FaxId, fax.Attempt, point) >= rate)
        {
            return;
        }

        Interlocked.Increment(ref _kills[(int)point]);
        _crashes.Enqueue(new Crash(fax.FaxId, fax.Attempt, point, DateTimeOffset.UtcNow));
        throw new SimulatedCrashException(point, fax.FaxId, fax.Attempt);
    }

    /// <summary>A number in [0, 1) that depends on the seed and the key only.</summary>
    internal static double Draw(int seed, string faxId, int attempt, FaultPoint point)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}\n{faxId}\n{attempt}\n{point}"));
        return new Random(BitConverter.ToInt32(hash, 0)).NextDouble();
    }
}
