using System.Globalization;
using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api.Telnyx;

/// <summary>
/// The query of <c>GET /v2/faxes</c> (team-telnyx/telnyx-python fax_list_params.py):
/// <c>filter[created_at][gte|gt|lte|lt]</c>, <c>filter[direction][eq]</c>, <c>filter[from][eq]</c>,
/// <c>filter[to][eq]</c>, and <c>page[number]</c> (from 1) with <c>page[size]</c>. The page-size
/// bounds (20 by default, 1 to 250) are Telnyx's usual ones, not published for this call.
/// </summary>
internal sealed record TelnyxListQuery(Func<SimulatedFax, bool> Matches, int PageNumber, int PageSize)
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 250;
    private const string Outbound = "outbound";

    /// <summary>The query, or a 422 naming the parameter that is wrong.</summary>
    public static (TelnyxListQuery? Query, IResult? Error) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var bounds = new List<Func<SimulatedFax, bool>>();
        foreach (var (op, keep) in new (string Op, Func<DateTimeOffset, DateTimeOffset, bool> Keep)[]
        {
            ("gte", (created, bound) => created >= bound), ("gt", (created, bound) => created > bound),
            ("lte", (created, bound) => created <= bound), ("lt", (created, bound) => created < bound),
        })
        {
            var name = $"filter[created_at][{op}]";
            if (QueryParameters.Text(query, name) is not { } text)
            {
                continue;
            }

            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var bound))
            {
                return (null, TelnyxErrors.InvalidParameter(name, "Must be an ISO 8601 date-time."));
            }

            bounds.Add(fax => keep(fax.DateCreated, bound));
        }

        var direction = QueryParameters.Text(query, "filter[direction][eq]");
        if (direction is not null and not Outbound and not "inbound")
        {
            return (null, TelnyxErrors.InvalidParameter("filter[direction][eq]", "Must be inbound or outbound."));
        }

        if (!QueryParameters.TryNumber(query, "page[number]", 1, int.MaxValue, 1, out var number))
        {
            return (null, TelnyxErrors.InvalidParameter("page[number]", "Must be 1 or more."));
        }

        if (!QueryParameters.TryNumber(query, "page[size]", 1, MaxPageSize, DefaultPageSize, out var size))
        {
            return (null, TelnyxErrors.InvalidParameter("page[size]", $"Must be {QueryParameters.Range(1, MaxPageSize)}."));
        }

        var from = QueryParameters.Text(query, "filter[from][eq]");
        var to = QueryParameters.Text(query, "filter[to][eq]");

        // Every fax the simulator makes goes out: an inbound filter leaves none.
        return (new TelnyxListQuery(
            fax => (direction is null or Outbound) && (from is null || fax.Request.From == from) && (to is null || fax.Request.To == to)
                && bounds.TrueForAll(keep => keep(fax)),
            number,
            size), null);
    }
}
