using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Metrics;

/// <summary>The numbers the alarms and the dashboard are built on.</summary>
public interface IGatewayMetrics
{
    /// <summary>One fax attempt ended with <paramref name="status"/> after <paramref name="duration"/>.</summary>
    void FaxAttemptFinished(FaxStatus status, TimeSpan duration, int? pages);

    /// <summary>A fax-queue message was refused as not a valid fax request.</summary>
    void FaxRequestRejected();

    /// <summary>A callback POST was accepted (2xx) or not.</summary>
    void CallbackFinished(bool delivered);
}
