namespace FaxGateway.Simulator.Faxes;

/// <summary>
/// One fax and its state. The lifecycle moves it forward, the API reads and cancels it; every
/// change happens under one lock and wakes whoever waits for a status.
/// </summary>
internal sealed class SimulatedFax : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<string> _history = [FaxStatuses.Queued];
    private TaskCompletionSource _changed = NewSignal();
    private string _status = FaxStatuses.Queued;
    private DateTimeOffset _dateUpdated;
    private int? _numPages;
    private int? _durationSeconds;
    private FaxError? _error;
    private byte[]? _storedMedia;

    public SimulatedFax(string sid, string mediaSid, string accountSid, long sequence, NewFax request, DateTimeOffset createdAt)
    {
        Sid = sid;
        MediaSid = mediaSid;
        AccountSid = accountSid;
        Sequence = sequence;
        Request = request;
        DateCreated = createdAt;
        _dateUpdated = createdAt;
    }

    public string Sid { get; }

    public string MediaSid { get; }

    public string AccountSid { get; }

    /// <summary>Creation order, to list newest first when a fake clock gives two faxes the same instant.</summary>
    public long Sequence { get; }

    public NewFax Request { get; }

    public DateTimeOffset DateCreated { get; }

    /// <summary>Canceled when the fax is canceled through the API.</summary>
    public CancellationToken CancellationToken => _cancellation.Token;

    /// <summary>The PDF, kept only when the request asked for <c>StoreMedia</c>.</summary>
    public byte[]? StoredMedia
    {
        get
        {
            lock (_gate)
            {
                return _storedMedia;
            }
        }
    }

    public FaxSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new FaxSnapshot(
                Sid, AccountSid, Request.From, Request.To, Request.Quality, MediaSid, _storedMedia is not null,
                _numPages, _durationSeconds, _status, DateCreated, _dateUpdated, _error);
        }
    }

    /// <summary>
    /// Moves from <paramref name="from"/> to <paramref name="to"/> unless something (a cancel)
    /// moved the fax first. <paramref name="armTimer"/> runs under the lock before the new status
    /// is visible, so whoever sees a status can advance a fake clock past that status's timer.
    /// </summary>
    public bool TryMove(string from, string to, DateTimeOffset now, Action? armTimer = null)
    {
        lock (_gate)
        {
            if (_status != from)
            {
                return false;
            }

            armTimer?.Invoke();
            SetStatusLocked(to, now);
            return true;
        }
    }

    /// <summary>Publishes the page count and, when asked to keep it, the PDF.</summary>
    public void SetMedia(int pages, byte[]? storedMedia, DateTimeOffset now)
    {
        lock (_gate)
        {
            _numPages = pages;
            _storedMedia = storedMedia;
            _dateUpdated = now;
            SignalLocked();
        }
    }

    /// <summary>Ends the fax with a final status, unless it has ended already.</summary>
    public void Finish(string status, DateTimeOffset now, int durationSeconds, FaxError? error = null)
    {
        lock (_gate)
        {
            if (FaxStatuses.IsFinal(_status))
            {
                return;
            }

            _durationSeconds = durationSeconds;
            _error = error;
            SetStatusLocked(status, now);
        }
    }

    /// <summary>Cancels the fax if no call has been placed yet.</summary>
    public CancelResult TryCancel(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_status == FaxStatuses.Sending)
            {
                return CancelResult.TooLateSending;
            }

            if (FaxStatuses.IsFinal(_status))
            {
                return CancelResult.TooLateFinal;
            }

            _durationSeconds = 0;
            SetStatusLocked(FaxStatuses.Canceled, now);
        }

        // Outside the lock: cancelling runs the lifecycle's continuations, which need no lock of ours.
        _cancellation.Cancel();
        return CancelResult.Canceled;
    }

    /// <summary>Completes once the fax has been in <paramref name="status"/>, even if it has moved on since.</summary>
    public Task WaitForStatusAsync(string status, CancellationToken cancellationToken) =>
        WaitUntilAsync(() => _history.Contains(status), cancellationToken);

    /// <summary>Completes with the final status once the fax has one.</summary>
    public async Task<string> WaitForFinalStatusAsync(CancellationToken cancellationToken)
    {
        await WaitUntilAsync(() => FaxStatuses.IsFinal(_status), cancellationToken);
        return Snapshot().Status;
    }

    public void Dispose() => _cancellation.Dispose();

    private async Task WaitUntilAsync(Func<bool> reachedLocked, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (reachedLocked())
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    private void SetStatusLocked(string status, DateTimeOffset now)
    {
        _status = status;
        _history.Add(status);
        _dateUpdated = now;
        SignalLocked();
    }

    private void SignalLocked()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.SetResult();
    }

    // Waiters resume on the thread pool, never inside our lock.
    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
