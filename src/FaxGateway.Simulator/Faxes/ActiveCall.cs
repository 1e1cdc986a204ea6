using FaxGateway.Simulator.Lines;

namespace FaxGateway.Simulator.Faxes;

/// <summary>A call that is up: the line's answer, the plan for it, and the timer that ends it.</summary>
internal sealed record ActiveCall(PhoneCall Call, CallPlan Plan, Task Elapsed);
