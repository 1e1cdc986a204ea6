using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Faults;

/// <summary>
/// Switches that make the carrier misbehave the way real ones do, for contract tests: rate
/// limits (429 with <c>Retry-After</c>), server errors, and statuses no client knows. Each
/// switch hits the next N matching requests, in each API's own error shape, then turns off.
/// Numbers that are not in service are a line script (<c>LineScript.InvalidNumber</c>).
/// </summary>
public sealed class SimulatorFaults
{
    private readonly Lock _gate = new();
    private readonly List<(RequestFault Fault, int Left)> _requestFaults = [];
    private (string Status, int Left) _unknownStatus;

    /// <summary>The next <paramref name="times"/> matching requests answer 429 with <c>Retry-After</c> in whole seconds.</summary>
    public void RateLimit(int times, TimeSpan retryAfter, FaultTarget target = FaultTarget.Any) =>
        Add(new RequestFault(target, StatusCodes.Status429TooManyRequests, retryAfter), times);

    /// <summary>The next <paramref name="times"/> matching requests answer <paramref name="statusCode"/> (a 5xx), acting on nothing.</summary>
    public void ServerError(int times, int statusCode = StatusCodes.Status500InternalServerError, FaultTarget target = FaultTarget.Any)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        Add(new RequestFault(target, statusCode, null), times);
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
            var index = _requestFaults.FindIndex(entry => entry.Left > 0 && Hits(entry.Fault.Target, isCreate, isRead));
            if (index < 0)
            {
                return null;
            }

            var (fault, left) = _requestFaults[index];
            _requestFaults[index] = (fault, left - 1);
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

    private static bool Hits(FaultTarget target, bool isCreate, bool isRead) => target switch
    {
        FaultTarget.Create => isCreate,
        FaultTarget.Read => isRead,
        _ => true,
    };
}
