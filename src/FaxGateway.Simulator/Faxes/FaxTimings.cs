using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Faxes;

/// <summary>
/// The model's waits, already divided by the time scale, plus the real-world page duration
/// that the <c>duration</c> field reports.
/// </summary>
internal sealed record FaxTimings(
    TimeSpan Queue, TimeSpan Processing, TimeSpan RingTimeout, TimeSpan Busy, TimeSpan Page, TimeSpan RealWorldPage)
{
    public static FaxTimings From(FaxSimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scale = options.TimeScale;
        return new FaxTimings(
            options.QueueDuration / scale,
            options.ProcessingDuration / scale,
            options.RingTimeout / scale,
            options.BusyDuration / scale,
            options.PageDuration / scale,
            options.PageDuration);
    }
}
