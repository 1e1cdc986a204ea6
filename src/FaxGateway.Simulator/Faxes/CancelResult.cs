namespace FaxGateway.Simulator.Faxes;

/// <summary>What a cancel request did.</summary>
internal enum CancelResult
{
    /// <summary>The fax was queued or processing and is now canceled; no call is made.</summary>
    Canceled,

    /// <summary>The call is already placed; the fax goes on.</summary>
    TooLateSending,

    /// <summary>The fax has already ended.</summary>
    TooLateFinal,
}
