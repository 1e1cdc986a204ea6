using FaxGateway.Core.Carriers;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// Watches a fax the carrier accepted until it reaches a final status, this run's deadline, or
/// the attempt's own limit. A failed status read is logged and polling goes on (the original
/// crashed when its first read failed). At the run's deadline the fax is returned still
/// pending, for the next run to watch; at the attempt's limit the carrier is asked to cancel,
/// so the attempt ends with a defined outcome instead of a fax left running.
/// </summary>
internal sealed class FaxStatusPoller(
    IFaxCarrier carrier, FaxGatewaySettings settings, TimeProvider time, IFaultInjector faults, ILogger logger)
{
    /// <summary>The status reported for an attempt that was still pending at its limit.</summary>
    public const string TimeoutStatus = "timeout";

    /// <summary>
    /// Polls <paramref name="current"/> until it is final or <paramref name="runDeadline"/>
    /// passes (then it comes back pending). Past <paramref name="attemptDeadline"/> it cancels.
    /// </summary>
    public async Task<CarrierFax> WaitForFinalStatusAsync(
        Fax fax, CarrierFax current, DateTimeOffset runDeadline, DateTimeOffset attemptDeadline, CancellationToken cancellationToken)
    {
        var stopAt = Min(runDeadline, attemptDeadline);
        while (!current.IsFinal)
        {
            var remaining = stopAt - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return attemptDeadline <= runDeadline ? await GiveUpAsync(fax, current, cancellationToken) : current;
            }

            await Task.Delay(Min(settings.PollInterval, remaining), time, cancellationToken);
            faults.At(FaultPoint.MidPoll, fax);
            current = await TryReadAsync(fax, current, cancellationToken) ?? current;
            if (!current.IsFinal)
            {
                Log.FaxPending(logger, fax.FaxId, current.Status);
            }
        }

        return current;
    }

    private async Task<CarrierFax> GiveUpAsync(Fax fax, CarrierFax current, CancellationToken cancellationToken)
    {
        Log.FaxAttemptTimedOut(logger, fax.FaxId, fax.Attempt, settings.AttemptMaxDuration, current.Status);
        try
        {
            await carrier.CancelAsync(current.Id, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Deliberate catch-all: the carrier may refuse once transmission has started; the
            // read below tells what actually happened.
            Log.FaxCancelFailed(logger, exception, fax.FaxId, current.Id);
        }

        var last = await TryReadAsync(fax, current, cancellationToken) ?? current;
        return last.State is CarrierFaxState.Delivered or CarrierFaxState.FailedRetryable
            ? last
            : last with { State = CarrierFaxState.FailedRetryable, Status = TimeoutStatus };
    }

    private async Task<CarrierFax?> TryReadAsync(Fax fax, CarrierFax current, CancellationToken cancellationToken)
    {
        try
        {
            return await carrier.GetAsync(current.Id, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Deliberate catch-all: one failed read must not end the attempt; the next poll
            // (or the deadline) decides.
            Log.FaxStatusReadFailed(logger, exception, fax.FaxId, current.Id);
            return null;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
