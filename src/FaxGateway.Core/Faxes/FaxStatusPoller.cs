using FaxGateway.Core.Carriers;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// Watches a fax the carrier accepted until it reaches a final status or this run's deadline.
/// A failed status read is logged and polling goes on (the original crashed when its first
/// read failed). At the run's deadline the fax comes back still pending, for the next run to
/// watch. Past the attempt's own limit the carrier is asked to cancel, and watching goes on
/// until the carrier says the fax is over: a fax still on the line is never taken for ended.
/// When to read is <see cref="PollSchedule"/>'s: every interval (fixed mode, the original's),
/// or timed from the fax's expected end (adaptive mode).
/// </summary>
internal sealed class FaxStatusPoller(
    IFaxCarrier carrier, FaxGatewaySettings settings, TimeProvider time, IFaultInjector faults, ILogger logger)
{
    /// <summary>The status reported for an attempt the gateway cancelled at its limit.</summary>
    public const string TimeoutStatus = "timeout";

    /// <summary>
    /// How long past the run's deadline one carrier call may still take (the carrier retry
    /// policy allows a call far longer), so the run always has time left to record a hand-off.
    /// </summary>
    public static readonly TimeSpan CallGrace = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Polls <paramref name="current"/> until it is final or <paramref name="runDeadline"/>
    /// passes (then it comes back pending). Past <paramref name="attemptDeadline"/> it asks the
    /// carrier to cancel once per run, and a final status then is reported as a timeout. The
    /// reads follow <see cref="PollSchedule"/>, which in adaptive mode times them from when the
    /// carrier accepted the fax (<paramref name="acceptedAt"/>) and its <paramref name="pages"/>
    /// (null when the PDF was not counted).
    /// </summary>
    public async Task<CarrierFax> WaitForFinalStatusAsync(
        Fax fax,
        CarrierFax current,
        DateTimeOffset acceptedAt,
        int? pages,
        DateTimeOffset runDeadline,
        DateTimeOffset attemptDeadline,
        CancellationToken cancellationToken)
    {
        var knownPages = Counted(pages) ?? Counted(current.Pages);
        var schedule = PollSchedule.For(settings.Polling, settings.PollInterval, acceptedAt, knownPages);
        var cancelRequested = false;
        DateTimeOffset? planned = null;
        while (!current.IsFinal)
        {
            if (time.GetUtcNow() >= runDeadline)
            {
                return current;
            }

            if (!cancelRequested && time.GetUtcNow() >= attemptDeadline)
            {
                await CancelAsync(fax, current, runDeadline, cancellationToken);
                cancelRequested = true;

                // The fax now ends when the carrier acts on the cancel, which its expected end
                // says nothing about: from here on, a read every interval, as in fixed mode.
                schedule = PollSchedule.Fixed(settings.PollInterval);
            }

            // Wake at the attempt's limit, to cancel, unless the cancel is already asked for.
            var wakeBy = cancelRequested ? runDeadline : Min(runDeadline, attemptDeadline);
            var now = time.GetUtcNow();
            planned = Min(schedule.NextRead(now, planned), wakeBy);
            var wait = planned.Value - now;
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, cancellationToken);
            faults.At(FaultPoint.MidPoll, fax);
            var read = await TryReadAsync(fax, current, runDeadline, cancellationToken);
            if (read is not null)
            {
                current = read;

                // Without a count from the PDF check (MEDIA_PREFLIGHT=off) the schedule guessed
                // the pages: the carrier's own count, once a read brings one, is better.
                if (knownPages is null && !cancelRequested && Counted(read.Pages) is { } counted)
                {
                    knownPages = counted;
                    schedule = PollSchedule.For(settings.Polling, settings.PollInterval, acceptedAt, counted);
                }
            }

            if (!current.IsFinal)
            {
                Log.FaxPending(logger, fax.FaxId, current.Status);
            }
        }

        // A fax the gateway cancelled ends as a timeout, worth another attempt, whatever the
        // carrier calls a cancelled fax; one delivered (or failed) meanwhile keeps its status.
        return cancelRequested && current.State == CarrierFaxState.FailedPermanent
            ? current with { State = CarrierFaxState.FailedRetryable, Status = TimeoutStatus }
            : current;
    }

    private async Task CancelAsync(Fax fax, CarrierFax current, DateTimeOffset runDeadline, CancellationToken cancellationToken)
    {
        Log.FaxAttemptTimedOut(logger, fax.FaxId, fax.Attempt, settings.AttemptMaxDuration, current.Status);
        using var call = CallToken(runDeadline, cancellationToken);
        try
        {
            await carrier.CancelAsync(current.Id, call.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Deliberate catch-all: the carrier may refuse once transmission has started; the
            // reads that follow tell what actually happened.
            Log.FaxCancelFailed(logger, exception, fax.FaxId, current.Id);
        }
    }

    private async Task<CarrierFax?> TryReadAsync(Fax fax, CarrierFax current, DateTimeOffset runDeadline, CancellationToken cancellationToken)
    {
        using var call = CallToken(runDeadline, cancellationToken);
        try
        {
            return await carrier.GetAsync(current.Id, call.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Deliberate catch-all: one failed read must not end the attempt; the next poll
            // (or the deadline) decides.
            Log.FaxStatusReadFailed(logger, exception, fax.FaxId, current.Id);
            return null;
        }
    }

    /// <summary>A token that ends one carrier call at <see cref="CallGrace"/> past the run's deadline.</summary>
    private CancellationTokenSource CallToken(DateTimeOffset runDeadline, CancellationToken cancellationToken)
    {
        var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var left = runDeadline + CallGrace - time.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            call.CancelAfter(left);
        }
        else
        {
            call.Cancel();
        }

        return call;
    }

    /// <summary>A page count worth planning on: a positive one.</summary>
    private static int? Counted(int? pages) => pages is > 0 ? pages : null;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
