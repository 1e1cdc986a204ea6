using FaxGateway.Simulator.Lines;

namespace FaxGateway.Simulator.Recording;

/// <summary>
/// One call attempt on a destination line, over <c>[StartedAt, EndedAt)</c>. <see cref="EndedAt"/>
/// and <see cref="Outcome"/> are null while the call is up. <see cref="MediaUrl"/> is kept so
/// tests can count deliveries per document; it is left out of <see cref="ToString"/> and never logged.
/// </summary>
public sealed record CallRecord(
    string FaxSid,
    string To,
    string MediaUrl,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    CallOutcome? Outcome,
    BusyCause? BusyCause,
    int Pages,
    int PagesSent)
{
    /// <summary>Whether the call was up at <paramref name="instant"/>.</summary>
    public bool IsUpAt(DateTimeOffset instant) => StartedAt <= instant && (EndedAt is null || instant < EndedAt);

    /// <summary>Leaves the media URL out: presigned URLs are secrets.</summary>
    public override string ToString() =>
        $"CallRecord {{ FaxSid = {FaxSid}, To = {PhoneNumbers.Mask(To)}, StartedAt = {StartedAt:O}, EndedAt = {EndedAt:O}, Outcome = {Outcome}, PagesSent = {PagesSent} of {Pages} }}";
}
