using System.Globalization;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Simulator.Faxes;

/// <summary>
/// How a placed call will go: how long it lasts on the simulator's clock, how many pages get
/// through, and the fax status and <c>duration</c> (real-world seconds) it ends with.
/// </summary>
internal sealed record CallPlan(CallOutcome Outcome, int Pages, int PagesSent, TimeSpan Wait, int DurationSeconds)
{
    public static CallPlan For(PhoneCall call, int pages, FaxTimings timings)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(timings);
        return call.Outcome switch
        {
            DialOutcome.Busy => new CallPlan(CallOutcome.Busy, pages, 0, timings.Busy, 0),
            DialOutcome.NoAnswer => new CallPlan(CallOutcome.NoAnswer, pages, 0, timings.RingTimeout, 0),

            // The network's "not in service" answer comes about as fast as a busy signal.
            DialOutcome.NotInService => new CallPlan(CallOutcome.NotInService, pages, 0, timings.Busy, 0),
            _ => Transmission(call.Script.PagesAccepted(pages), pages, timings),
        };
    }

    public string FaxStatus => Outcome switch
    {
        CallOutcome.Delivered => FaxStatuses.Delivered,
        CallOutcome.Busy => FaxStatuses.Busy,
        CallOutcome.NoAnswer => FaxStatuses.NoAnswer,
        CallOutcome.Canceled => FaxStatuses.Canceled,
        _ => FaxStatuses.Failed,
    };

    public FaxError? Error => Outcome switch
    {
        CallOutcome.Failed => new FaxError(
            FaxFailureCause.CallDropped,
            FaxErrorCodes.TransmissionFailed,
            string.Create(CultureInfo.InvariantCulture, $"transmission failed after {PagesSent} of {Pages} pages")),
        CallOutcome.NotInService => new FaxError(FaxFailureCause.NumberNotInService, FaxErrorCodes.NumberNotInService, "the number is not in service"),
        _ => null,
    };

    private static CallPlan Transmission(int pagesSent, int pages, FaxTimings timings) => new(
        pagesSent < pages ? CallOutcome.Failed : CallOutcome.Delivered,
        pages,
        pagesSent,
        timings.Page * pagesSent,
        (int)Math.Round((timings.RealWorldPage * pagesSent).TotalSeconds));
}
