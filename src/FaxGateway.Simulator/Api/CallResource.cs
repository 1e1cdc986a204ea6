using System.Globalization;
using System.Text.Json;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Simulator.Api;

/// <summary>One call attempt as <c>/_sim/calls</c> shows it. The media URL is left out: it may be a presigned secret.</summary>
internal sealed record CallResource(
    string FaxSid, string To, string StartedAt, string? EndedAt, string? Outcome, string? BusyCause, int Pages, int PagesSent)
{
    public static CallResource From(CallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new CallResource(
            call.FaxSid,
            call.To,
            call.StartedAt.ToString("O", CultureInfo.InvariantCulture),
            call.EndedAt?.ToString("O", CultureInfo.InvariantCulture),
            Wire(call.Outcome?.ToString()),
            Wire(call.BusyCause?.ToString()),
            call.Pages,
            call.PagesSent);
    }

    // "NoAnswer" → "no-answer", matching the fax statuses' spelling.
    private static string? Wire(string? name) => name is null ? null : JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
