namespace FaxGateway.Core.Carriers;

/// <summary>The common model every carrier's statuses are mapped onto.</summary>
public enum CarrierFaxState
{
    /// <summary>Queued, processing or sending: keep watching.</summary>
    Pending,

    /// <summary>The receiving machine took every page.</summary>
    Delivered,

    /// <summary>Busy, no answer, a line or transmission error: worth another attempt.</summary>
    FailedRetryable,

    /// <summary>Another attempt cannot succeed (bad number, cancelled, refused).</summary>
    FailedPermanent,
}
