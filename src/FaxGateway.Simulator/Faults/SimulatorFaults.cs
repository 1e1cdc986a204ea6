using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Faults;

/// <summary>
/// Switches that make the carrier misbehave the way real ones do, for contract tests: rate
/// limits (429 with <c>Retry-After</c>), server errors, and statuses no client knows. Each
/// switch hits the next N matching requests, in each API's own error shape, then turns off;
/// <see cref="RandomServerErrors"/> instead hits a share of requests until it is switched off,
/// for fault-injection runs. Numbers that are not in service are a line script
/// (<c>LineScript.InvalidNumber</c>).
/// </summary>
public sealed class SimulatorFaults
{
    private readonly Lock _gate = new();
    private readonly List<(RequestFault Fault, int Left)> _requestFaults = [];
    private (string Status, int Left) _unknownStatus;
    private RandomFault? _randomServerErrors;
    private int _serverErrorsInjected;

    /// <summary>How many requests have been answered with an injected 5xx so far, by any switch.</summary>
    public int ServerErrorsInjected => Volatile.Read(ref _serverErrorsInjected);

    /// <summary>The next <paramref name="times"/> matching requests answer 429 with <c>Retry-After</c> in whole seconds.</summary>
    public void RateLimit(int times, TimeSpan retryAfter, FaultTarget target = FaultTarget.Any) =>
        Add(new RequestFault(target, StatusCodes.Status429TooManyRequests, retryAfter), times);

    /// <summary>The next <paramref name="times"/> matching requests answer <paramref name="statusCode"/> (a 5xx), acting on nothing.</summary>
    public void ServerError(int times, int statusCode = StatusCodes.Status500InternalServerError, FaultTarget target = FaultTarget.Any)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        Add(new RequestFault(target, statusCode, null), times);
    }

    /// <summary>
    /// From now on each matching request answers a 5xx with chance <paramref name="rate"/>
    /// (0 switches it off), acting on nothing. The status is drawn from
    /// <paramref name="statusCodes"/> (500 by default); draws come from a <see cref="Random"/>
    /// seeded with <paramref name="seed"/>, so a run can be repeated.
    /// </summary>
    public void RandomServerErrors(double rate, int seed, IReadOnlyList<int>? statusCodes = null, FaultTarget target = FaultTarget.Any)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1.0);
        int[] codes = statusCodes is { Count: > 0 } ? [.. statusCodes] : [StatusCodes.Status500InternalServerError];
        foreach (var code in codes)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(code, 500, nameof(statusCodes));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(code, 599, nameof(statusCodes));
        }

        lock (_gate)
        {
            _randomServerErrors = rate > 0 ? new RandomFault(rate, new Random(seed), codes, target) : null;
        }
    }

    /// <summary>The next <paramref name="times"/> reads of a fax show <paramref name="status"/> instead of its real status.</summary>
    public void UnknownStatus(int times, string status)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        lock (_gate)
        {
            _unknownStatus = (status, times);
        }
    }

    /// <summary>Takes one use of the first fault that hits a request of this kind, if any is left.</summary>
    internal RequestFault? Take(bool isCreate, bool isRead)
    {
        lock (_gate)
        {
            var fault = TakeCounted(isCreate, isRead) ?? TakeRandom(isCreate, isRead);
            if (fault is { StatusCode: >= 500 })
            {
                Interlocked.Increment(ref _serverErrorsInjected);
            }

            return fault;
        }
    }

    /// <summary>The fax as a read shows it: with the unknown status while that switch is on.</summary>
    internal FaxSnapshot OnRead(FaxSnapshot fax)
    {
        lock (_gate)
        {
            if (_unknownStatus.Left <= 0)
            {
                return fax;
            }

            _unknownStatus.Left--;
            return fax with { Status = _unknownStatus.Status };
        }
    }

    private void Add(RequestFault fault, int times)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        lock (_gate)
        {
            _requestFaults.Add((fault, times));
        }
    }

    /// <summary>One use of the first counted switch that hits this request; under <see cref="_gate"/>.</summary>
    private RequestFault? TakeCounted(bool isCreate, bool isRead)
    {
        var index = _requestFaults.FindIndex(entry => entry.Left > 0 && Hits(entry.Fault.Target, isCreate, isRead));
        if (index < 0)
        {
            return null;
        }

        var (fault, left) = _requestFaults[index];
        _requestFaults[index] = (fault, left - 1);
        return fault;
    }

    /// <summary>Draws for the random server-error switch; under <see cref="_gate"/>, since <see cref="Random"/> is not thread-safe.</summary>
    private RequestFault? TakeRandom(bool isCreate, bool isRead)
    {
        if (_randomServerErrors is not { } random || !Hits(random.Target, isCreate, isRead) || random.Draws.NextDouble() >= random.Rate)
        {
            return null;
        }

        var code = random.StatusCodes[random.Draws.Next(random.StatusCodes.Count)];
        return new RequestFault(random.Target, code, null);
    }

    private static bool Hits(FaultTarget target, bool isCreate, bool isRead) => target switch
    {
        FaultTarget.Create => isCreate,
        FaultTarget.Read => isRead,
        _ => true,
    };

    private sealed record RandomFault(double Rate, Random Draws, IReadOnlyList<int> StatusCodes, FaultTarget Target);
}
