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

    public FaxError? Error => Outcome == CallOutcome.Failed
        ? new FaxError(
            FaxErrorCodes.TransmissionFailed,
            string.Create(CultureInfo.InvariantCulture, $"transmission failed after {PagesSent} of {Pages} pages"))
        : null;

    private static CallPlan Transmission(int pagesSent, int pages, FaxTimings timings) => new(
        pagesSent < pages ? CallOutcome.Failed : CallOutcome.Delivered,
        pages,
        pagesSent,
        timings.Page * pagesSent,
        (int)Math.Round((timings.RealWorldPage * pagesSent).TotalSeconds));
}
