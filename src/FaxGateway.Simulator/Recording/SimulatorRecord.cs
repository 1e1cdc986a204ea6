namespace FaxGateway.Simulator.Recording;

/// <summary>
/// Everything the simulator saw, for tests to prove properties such as "never two calls to one
/// number at once" and "never delivered twice". Thread-safe; every list returned is a snapshot.
/// </summary>
public sealed class SimulatorRecord
{
    private readonly Lock _gate = new();
    private readonly List<ApiRequestRecord> _requests = [];
    private readonly List<CallRecord> _calls = [];

    /// <summary>Every fax API request, oldest first (the simulator's own <c>/_sim</c> routes are left out).</summary>
    public IReadOnlyList<ApiRequestRecord> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Every call attempt, in the order they were dialled, including calls still up.</summary>
    public IReadOnlyList<CallRecord> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The call attempts to <paramref name="number"/>, in dialling order.</summary>
    public IReadOnlyList<CallRecord> CallsTo(string number) =>
        [.. Calls.Where(call => call.To == number)];

    /// <summary>
    /// The most calls from this simulator that were ever up at once on <paramref name="number"/>.
    /// Busy attempts count: a second fax dialled while the first is on the line makes this 2,
    /// which is how a test catches a gateway that sends two faxes to one number at once.
    /// </summary>
    public int MaxSimultaneousCalls(string number) => CallOverlap.MaxSimultaneous(CallsTo(number));

    /// <summary><see cref="MaxSimultaneousCalls"/> for every number dialled.</summary>
    public IReadOnlyDictionary<string, int> MaxSimultaneousCallsByNumber() =>
        Calls.GroupBy(call => call.To, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => CallOverlap.MaxSimultaneous(group), StringComparer.Ordinal);

    /// <summary>How many times the document at <paramref name="mediaUrl"/> was delivered to <paramref name="to"/>.</summary>
    public int DeliveryCount(string to, string mediaUrl) =>
        Calls.Count(call => call.Outcome == CallOutcome.Delivered && call.To == to && call.MediaUrl == mediaUrl);

    /// <summary>The most times any one document reached any one number; 1 or less means nothing was delivered twice.</summary>
    public int MaxDeliveriesOfOneDocument() =>
        Calls.Where(call => call.Outcome == CallOutcome.Delivered)
            .GroupBy(call => (call.To, call.MediaUrl))
            .Select(group => group.Count())
            .DefaultIfEmpty(0)
            .Max();

    internal void AddRequest(ApiRequestRecord request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    /// <summary>Adds a call that is up, and returns its index for <see cref="EndCall"/>.</summary>
    internal int StartCall(CallRecord call)
    {
        lock (_gate)
        {
            _calls.Add(call);
            return _calls.Count - 1;
        }
    }

    internal void EndCall(int index, DateTimeOffset endedAt, CallOutcome outcome, int pagesSent)
    {
        lock (_gate)
        {
            _calls[index] = _calls[index] with { EndedAt = endedAt, Outcome = outcome, PagesSent = pagesSent };
        }
    }
}
