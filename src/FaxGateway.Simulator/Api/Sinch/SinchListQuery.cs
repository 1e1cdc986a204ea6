using System.Globalization;
using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api.Sinch;

/// <summary>
/// The query of <c>GET /v3/projects/{projectId}/faxes</c> (Fax API 3.0 <c>getFaxes</c>):
/// <c>createTime</c> (a year, month or day, or an instant meaning "from then on"), with
/// <c>createTime&gt;=</c> and <c>createTime&lt;=</c> for a range, and the prior week when none is
/// given; <c>direction</c>, <c>status</c>, and <c>to</c> and <c>from</c> as prefixes;
/// <c>pageSize</c> (100 by default, 1 to 1000) and <c>page</c>, counted from 1 here (the spec
/// leaves the base open; Sinch's Node SDK starts at 1). <c>labels</c> is accepted and not applied:
/// how a label goes into a query string is not published.
/// </summary>
internal sealed record SinchListQuery(Func<SimulatedFax, bool> Matches, int Page, int PageSize)
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);
    private static readonly string[] PeriodFormats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    /// <summary>The query at <paramref name="now"/>, or a 422 naming the parameter that is wrong.</summary>
    public static (SinchListQuery? Query, IResult? Error) Parse(IQueryCollection query, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keep = new List<Func<SimulatedFax, bool>>();
        foreach (var (name, bound) in new (string Name, Func<DateTimeOffset, DateTimeOffset?, Func<DateTimeOffset, bool>> Bound)[]
        {
            ("createTime", (start, end) => created => created >= start && (end is null || created < end)),
            ("createTime>", (start, _) => created => created >= start),
            ("createTime<", (start, end) => created => end is { } until ? created < until : created <= start),
        })
        {
            if (QueryParameters.Text(query, name) is not { } text)
            {
                continue;
            }

            if (!TryPeriod(text, out var start, out var end))
            {
                return (null, SinchErrors.Invalid(name.TrimEnd('<', '>'), $"{text} is not a date"));
            }

            var test = bound(start, end);
            keep.Add(fax => test(fax.DateCreated));
        }

        if (keep.Count == 0)
        {
            keep.Add(fax => fax.DateCreated >= now - DefaultWindow);
        }

        if (!QueryParameters.TryNumber(query, "pageSize", 1, MaxPageSize, DefaultPageSize, out var pageSize))
        {
            return (null, SinchErrors.Invalid("pageSize", $"pageSize must be {QueryParameters.Range(1, MaxPageSize)}"));
        }

        if (!QueryParameters.TryNumber(query, "page", 1, int.MaxValue, 1, out var page))
        {
            return (null, SinchErrors.Invalid("page", "page must be 1 or more"));
        }

        var direction = QueryParameters.Text(query, "direction");
        var status = QueryParameters.Text(query, "status");
        var to = QueryParameters.Text(query, "to");
        var from = QueryParameters.Text(query, "from");

        // Every fax the simulator makes goes out: an INBOUND filter leaves none.
        return (new SinchListQuery(
            fax => (direction is null or "OUTBOUND")
                && (status is null || SinchStatuses.Of(fax.Snapshot().Status) == status)
                && (to is null || fax.Request.To.StartsWith(to, StringComparison.Ordinal))
                && (from is null || fax.Request.From.StartsWith(from, StringComparison.Ordinal))
                && keep.TrueForAll(test => test(fax)),
            page,
            pageSize), null);
    }

    /// <summary>
    /// A year, month or day names a period (<paramref name="end"/> is where it stops); an instant
    /// names only its <paramref name="start"/>. Quotes around the value (Sinch's Node SDK writes
    /// them) are dropped.
    /// </summary>
    private static bool TryPeriod(string text, out DateTimeOffset start, out DateTimeOffset? end)
    {
        var value = text.Trim('"');
        end = null;
        for (var precision = 0; precision < PeriodFormats.Length; precision++)
        {
            if (DateTimeOffset.TryParseExact(value, PeriodFormats[precision], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out start))
            {
                end = precision switch { 0 => start.AddYears(1), 1 => start.AddMonths(1), _ => start.AddDays(1) };
                return true;
            }
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out start);
    }
}
