using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api;

/// <summary>
/// The query both Twilio-shaped list calls take (Twilio's <c>GET /v1/Faxes</c>, SignalWire's
/// <c>GET …/Accounts/{ProjectId}/Faxes.json</c>): <c>From</c>, <c>To</c>, <c>DateCreatedAfter</c>,
/// <c>DateCreatedOnOrBefore</c>, <c>PageSize</c> (50 by default, 1 to 1000) and <c>Page</c> (from
/// 0; the <c>PageToken</c> the next-page link carries is accepted and not checked).
/// </summary>
internal sealed record TwilioListQuery(
    string? To, string? From, string? CreatedAfterText, DateTimeOffset? CreatedAfter, string? CreatedOnOrBeforeText, DateTimeOffset? CreatedOnOrBefore, int PageSize, int Page)
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 1000;

    /// <summary>Whether <paramref name="fax"/> passes the filters.</summary>
    public bool Matches(SimulatedFax fax)
    {
        ArgumentNullException.ThrowIfNull(fax);
        return (To is null || fax.Request.To == To)
            && (From is null || fax.Request.From == From)
            && (CreatedAfter is null || fax.DateCreated > CreatedAfter)
            && (CreatedOnOrBefore is null || fax.DateCreated <= CreatedOnOrBefore);
    }

    /// <summary>
    /// The link to page <paramref name="page"/> of the same list under <paramref name="path"/>,
    /// with the same filters, or null when <paramref name="page"/> is past the last of <paramref name="totalPages"/>.
    /// </summary>
    public string? Link(string path, int page, int totalPages)
    {
        if (page < 0 || page >= totalPages)
        {
            return null;
        }

        var parameters = new List<(string Name, string? Value)>
        {
            ("From", From), ("To", To), ("DateCreatedAfter", CreatedAfterText), ("DateCreatedOnOrBefore", CreatedOnOrBeforeText),
            ("PageSize", PageSize.ToString(CultureInfo.InvariantCulture)), ("Page", page.ToString(CultureInfo.InvariantCulture)),
            ("PageToken", page == 0 ? null : "PA" + page.ToString(CultureInfo.InvariantCulture)),
        };
        return path + "?" + string.Join('&', parameters
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
    }

    public static bool TryParse(IQueryCollection query, [NotNullWhen(true)] out TwilioListQuery? list, [NotNullWhen(false)] out ApiError? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        list = null;
        if (!TryNumber(query, "PageSize", DefaultPageSize, 1, MaxPageSize, out var pageSize, out error)
            || !TryNumber(query, "Page", 0, 0, int.MaxValue, out var page, out error)
            || !TryDate(query, "DateCreatedAfter", out var afterText, out var after, out error)
            || !TryDate(query, "DateCreatedOnOrBefore", out var beforeText, out var before, out error))
        {
            return false;
        }

        list = new TwilioListQuery(QueryParameters.Text(query, "To"), QueryParameters.Text(query, "From"), afterText, after, beforeText, before, pageSize, page);
        return true;
    }

    private static bool TryNumber(IQueryCollection query, string name, int fallback, int min, int max, out int value, [NotNullWhen(false)] out ApiError? error)
    {
        error = QueryParameters.TryNumber(query, name, min, max, fallback, out value)
            ? null
            : TwilioErrors.BadRequest(TwilioErrors.InvalidParameterCode, $"Invalid parameter '{name}': must be {QueryParameters.Range(min, max)}");
        return error is null;
    }

    private static bool TryDate(IQueryCollection query, string name, out string? text, out DateTimeOffset? value, [NotNullWhen(false)] out ApiError? error)
    {
        error = null;
        value = null;
        text = QueryParameters.Text(query, name);
        if (text is null)
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            error = TwilioErrors.BadRequest(TwilioErrors.InvalidParameterCode, $"Invalid parameter '{name}': not a date");
            return false;
        }

        value = date;
        return true;
    }
}
