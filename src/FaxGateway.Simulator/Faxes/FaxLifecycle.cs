using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Logging;
using FaxGateway.Simulator.Media;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Simulator.Faxes;

/// <summary>
/// Moves one fax from queued to a final status: wait in the queue, fetch and count the media
/// while processing, dial, then wait out the call. Every wait is on the simulator's clock, and
/// every status is published only after the timer that ends it is armed.
/// </summary>
internal sealed class FaxLifecycle(
    SimulatorClock clock, FaxTimings timings, MediaFetcher media, Switchboard switchboard, ILogger<FaxLifecycle> logger)
{
    public async Task RunAsync(SimulatedFax fax, CancellationToken stopping)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(fax.CancellationToken, stopping);
        var cancellationToken = cancellation.Token;
        try
        {
            await clock.Delay(timings.Queue, cancellationToken);
            var pages = await ProcessAsync(fax, cancellationToken);
            if (pages > 0)
            {
                await SendAsync(fax, pages, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Canceled through the API (the fax says so already), or the simulator is stopping.
        }
#pragma warning disable CA1031 // A bug here must end the fax, not leave it pending for ever; it is logged with its exception.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.FaxLifecycleFault(logger, exception, fax.Sid);
            fax.Finish(FaxStatuses.Failed, clock.Now, 0, new FaxError(FaxFailureCause.SimulatorFault, FaxErrorCodes.SimulatorFault, "the simulator failed; see its log"));
        }
    }

    /// <summary>Returns the page count, or 0 when the fax ended (bad media) or was canceled.</summary>
    private async Task<int> ProcessAsync(SimulatedFax fax, CancellationToken cancellationToken)
    {
        // The download runs inside the processing time: the phase lasts as long as the longer of the two.
        var processing = Task.CompletedTask;
        if (!fax.TryMove(FaxStatuses.Queued, FaxStatuses.Processing, clock.Now,
                () => processing = clock.Delay(timings.Processing, cancellationToken)))
        {
            return 0;
        }

        var result = await media.FetchAsync(fax.Request.MediaUrl, cancellationToken);
        if (result.Error is { } error)
        {
            Log.FaxMediaRejected(logger, fax.Sid, error.Message);
            fax.Finish(FaxStatuses.Failed, clock.Now, 0, error);
            return 0;
        }

        fax.SetMedia(result.Pages, fax.Request.StoreMedia ? result.Content : null, clock.Now);
        await processing;
        return result.Pages;
    }

    private async Task SendAsync(SimulatedFax fax, int pages, CancellationToken cancellationToken)
    {
        ActiveCall? active = null;
        if (!fax.TryMove(FaxStatuses.Processing, FaxStatuses.Sending, clock.Now,
                () => active = PlaceCall(fax, pages, cancellationToken)))
        {
            return;
        }

        var (call, plan, elapsed) = active!;
        try
        {
            await elapsed;
        }
        catch (OperationCanceledException)
        {
            // Only the simulator stopping gets here: a placed call cannot be canceled through the API.
            switchboard.HangUp(call, CallOutcome.Canceled, 0);
            throw;
        }

        switchboard.HangUp(call, plan.Outcome, plan.PagesSent);
        Log.CallEnded(logger, fax.Sid, PhoneNumbers.Mask(call.To), plan.FaxStatus, plan.PagesSent, pages);
        fax.Finish(plan.FaxStatus, clock.Now, plan.DurationSeconds, plan.Error);
    }

    private ActiveCall PlaceCall(SimulatedFax fax, int pages, CancellationToken cancellationToken)
    {
        var call = switchboard.Dial(fax.Sid, fax.Request.To, fax.Request.MediaUrl.OriginalString, pages);
        var plan = CallPlan.For(call, pages, timings);
        return new ActiveCall(call, plan, clock.Delay(plan.Wait, cancellationToken));
    }
}
