using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Metrics;

/// <summary>Metrics switched off (<c>METRICS=off</c>): the worker and local runs, unless asked.</summary>
internal sealed class NoMetrics : IGatewayMetrics
{
    public void FaxAttemptFinished(FaxStatus status, TimeSpan duration, int? pages)
    {
    }

    public void FaxRequestRejected()
    {
    }

    public void CallbackFinished(bool delivered)
    {
    }
}
