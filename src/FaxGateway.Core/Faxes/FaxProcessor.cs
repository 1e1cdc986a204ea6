using FaxGateway.Core.Carriers;
using FaxGateway.Core.Logging;
using FaxGateway.Core.Media;
using FaxGateway.Core.Metrics;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Settings;
using FaxGateway.Core.Webhooks;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// Makes one attempt at a fax: sends it through the carrier, waits for the final status, then
/// reports it. Delivered → <c>sent</c> callback; out of attempts (or a permanent carrier
/// failure) → <c>perm_fail</c> callback; otherwise → <c>tmp_fail</c> callback, then a retry.
/// </summary>
/// <remarks>
/// It does not return until the fax is delivered or failed: the queue message stays in flight
/// meanwhile, which keeps the destination's FIFO message group locked so no second fax to that
/// number starts. Infrastructure failures throw, so SQS redelivers; the one deliberate
/// exception is the success callback, see <see cref="ReportSentAsync"/>.
/// </remarks>
public sealed class FaxProcessor
{
    // The carrier id of an attempt that never reached the carrier.
    private const string NoCarrierFax = "-";

    private readonly IFaxCarrier _carrier;
    private readonly IGatewayQueues _queues;
    private readonly FaxGatewaySettings _settings;
    private readonly TimeProvider _time;
    private readonly IGatewayMetrics _metrics;
    private readonly IMediaPreflight _media;
    private readonly ILogger<FaxProcessor> _logger;
    private readonly FaxStatusPoller _poller;

    public FaxProcessor(
        IFaxCarrier carrier,
        IGatewayQueues queues,
        FaxGatewaySettings settings,
        TimeProvider time,
        IGatewayMetrics metrics,
        IMediaPreflight media,
        ILogger<FaxProcessor> logger)
    {
        _carrier = carrier;
        _queues = queues;
        _settings = settings;
        _time = time;
        _metrics = metrics;
        _media = media;
        _logger = logger;
        _poller = new FaxStatusPoller(carrier, settings, time, logger);
    }

    /// <summary>Makes the attempt <paramref name="fax"/> asks for and reports its outcome.</summary>
    public async Task<FaxAttemptResult> ProcessAsync(Fax fax, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var started = _time.GetUtcNow();
        var deadline = started + _settings.AttemptTimeout;
        Log.FaxSending(_logger, fax.FaxId, PhoneNumbers.Mask(fax.To), fax.Attempt, _settings.MaxFaxAttempts);

        var final = await AttemptAsync(fax, deadline, cancellationToken);
        Log.FaxFinalStatus(_logger, fax.FaxId, fax.Attempt, final.Status, final.State.ToString());

        var result = await ReportAsync(fax, final, cancellationToken);
        _metrics.FaxAttemptFinished(result.Status, _time.GetUtcNow() - started, final.Pages);
        return result;
    }

    /// <summary>
    /// Checks the PDF, then sends and watches the fax. A PDF that cannot be sent ends the
    /// attempt before the carrier is called, so no carrier attempt is spent on it.
    /// </summary>
    private async Task<CarrierFax> AttemptAsync(Fax fax, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var media = await _media.CheckAsync(fax, cancellationToken);
        if (!media.IsUsable)
        {
            Log.MediaRefused(_logger, fax.FaxId, fax.Attempt, media.Status);
            return new CarrierFax(NoCarrierFax, media.State, media.Status, media.Pages);
        }

        Log.MediaChecked(_logger, fax.FaxId, media.Pages);
        var accepted = await SendAsync(fax, cancellationToken);
        var final = await _poller.WaitForFinalStatusAsync(fax, accepted, deadline, cancellationToken);
        return final.Pages is null ? final with { Pages = media.Pages } : final;
    }

    private Task<FaxAttemptResult> ReportAsync(Fax fax, CarrierFax final, CancellationToken cancellationToken)
    {
        if (final.State == CarrierFaxState.Delivered)
        {
            return ReportSentAsync(fax, final, cancellationToken);
        }

        if (final.State == CarrierFaxState.FailedPermanent || fax.Attempt >= _settings.MaxFaxAttempts)
        {
            return ReportPermanentFailureAsync(fax, final, cancellationToken);
        }

        return ReportTemporaryFailureAsync(fax, final, cancellationToken);
    }

    private async Task<CarrierFax> SendAsync(Fax fax, CancellationToken cancellationToken)
    {
        try
        {
            var accepted = await _carrier.SendAsync(new FaxSendRequest(fax.To, fax.PdfUrl, fax.FaxId, fax.Attempt), cancellationToken);
            Log.FaxAccepted(_logger, fax.FaxId, accepted.Id, accepted.Status);
            return accepted;
        }
        catch (CarrierException exception)
        {
            throw new FaxProcessingException(
                $"Sending fax '{fax.FaxId}' (attempt {fax.Attempt} of {_settings.MaxFaxAttempts}) failed: {exception.Message}",
                exception);
        }
    }

    private async Task<FaxAttemptResult> ReportSentAsync(Fax fax, CarrierFax final, CancellationToken cancellationToken)
    {
        Log.FaxDelivered(_logger, fax.FaxId, fax.Attempt);
        try
        {
            await _queues.EnqueueWebhookAsync(CreateWebhook(fax, FaxStatus.Sent, FaxMessages.Sent), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Deliberate catch-all: throwing here would make SQS redeliver the message and the
            // fax would be sent again. A missing callback is the lesser harm.
            Log.SuccessWebhookEnqueueFailed(_logger, exception, fax.FaxId);
        }

        return new FaxAttemptResult(FaxStatus.Sent, fax.Attempt, final.Status, RetryScheduled: false);
    }

    private async Task<FaxAttemptResult> ReportPermanentFailureAsync(
        Fax fax, CarrierFax final, CancellationToken cancellationToken)
    {
        Log.FaxPermanentlyFailed(_logger, fax.FaxId, fax.Attempt, final.Status);
        var message = FaxMessages.PermanentFailure(fax.Attempt, final.Status);
        await EnqueueOrThrowAsync(
            () => _queues.EnqueueWebhookAsync(CreateWebhook(fax, FaxStatus.PermanentFailure, message), cancellationToken),
            fax,
            "perm_fail callback");
        return new FaxAttemptResult(FaxStatus.PermanentFailure, fax.Attempt, final.Status, RetryScheduled: false);
    }

    private async Task<FaxAttemptResult> ReportTemporaryFailureAsync(
        Fax fax, CarrierFax final, CancellationToken cancellationToken)
    {
        Log.FaxRetryScheduled(_logger, fax.FaxId, fax.Attempt, _settings.MaxFaxAttempts, final.Status, _settings.BackoffDelay);
        var message = FaxMessages.TemporaryFailure(fax.Attempt, _settings.MaxFaxAttempts, final.Status);

        // The callback goes first and the retry second. Were it the other way round, a failed
        // callback write would make SQS redeliver this message after the retry was already
        // queued, and the fax would then be attempted twice.
        await EnqueueOrThrowAsync(
            () => _queues.EnqueueWebhookAsync(CreateWebhook(fax, FaxStatus.TemporaryFailure, message), cancellationToken),
            fax,
            "tmp_fail callback");
        await EnqueueOrThrowAsync(
            () => _queues.EnqueueRetryAsync(fax.NextAttempt(), _settings.BackoffDelay, cancellationToken),
            fax,
            "retry");
        return new FaxAttemptResult(FaxStatus.TemporaryFailure, fax.Attempt, final.Status, RetryScheduled: true);
    }

    private async Task EnqueueOrThrowAsync(Func<Task> enqueue, Fax fax, string what)
    {
        try
        {
            await enqueue();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new FaxProcessingException(
                $"Failed to enqueue {what} for fax '{fax.FaxId}' (attempt {fax.Attempt} of {_settings.MaxFaxAttempts})",
                exception);
        }
    }

    private Webhook CreateWebhook(Fax fax, FaxStatus status, string message) =>
        CreateWebhook(fax.CallbackUrl, new WebhookPayload(
            fax.FaxId,
            status,
            message,
            _time.GetUtcNow().ToUnixTimeSeconds(),
            Attempt: fax.Attempt,
            MaxAttempts: _settings.MaxFaxAttempts,
            Sequence: fax.Attempt));

    private static Webhook CreateWebhook(string callbackUrl, WebhookPayload payload) =>
        new(callbackUrl, payload, WebhookIds.For(payload));
}
