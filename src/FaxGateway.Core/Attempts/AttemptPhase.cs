namespace FaxGateway.Core.Attempts;

/// <summary>
/// How far one attempt at a fax has got. Each phase is recorded before the step that follows
/// it, so a run that dies anywhere leaves a record the next run can carry on from.
/// </summary>
public enum AttemptPhase
{
    /// <summary>About to ask the carrier to send. If a run finds this, the send may or may not have reached the carrier.</summary>
    Sending,

    /// <summary>The carrier refused the send outright (a 4xx, 429 or 503), so it surely has no fax: the next run sends again.</summary>
    NotSent,

    /// <summary>The carrier accepted the fax under <see cref="FaxAttemptRecord.CarrierFaxId"/>: watch it, never send it again.</summary>
    Sent,

    /// <summary>The attempt's outcome is decided; its callback (and retry) are not queued yet.</summary>
    Finished,

    /// <summary>The callback is queued; the retry, if the outcome calls for one, is not.</summary>
    Notified,

    /// <summary>Everything the attempt had to do is done.</summary>
    Reported,
}
