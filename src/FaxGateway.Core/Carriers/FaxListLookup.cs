using System.Globalization;

namespace FaxGateway.Core.Carriers;

/// <summary>
/// What every <see cref="IFaxCarrierLookup"/> shares: walk the carrier's fax list, already
/// narrowed by the carrier's own filters, for at most <see cref="MaxPages"/> pages, and keep the
/// newest fax that passes the adapter's own check. Filters only make the list short; the check
/// decides, so no adapter depends on a carrier applying a filter it was sent. "None" is answered
/// only when the list ended within the bound: a longer list without a match throws, and the
/// attempt is retried or given up instead of the fax being sent twice.
/// </summary>
internal static class FaxListLookup
{
    /// <summary>
    /// Pages read at most. The destination's message group lets no other fax of ours to that
    /// number start while an attempt is in doubt, so the filtered list holds a few faxes, not pages of them.
    /// </summary>
    public const int MaxPages = 3;

    /// <summary>What a lookup is doing, for error messages.</summary>
    public const string What = "look for a fax it may already have";

    /// <summary>
    /// Slack on the created-after bound where only destination, sender and time tell faxes apart
    /// (Twilio, SignalWire): the APIs keep dates to the second. Kept to that second: a wider
    /// window could take the fax sent to the number just before for this one (the newest match
    /// is kept for the same reason: this attempt's fax, if the carrier has it, is the last one).
    /// </summary>
    public static readonly TimeSpan TimeMatchSlack = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Slack where the carrier echoes our client reference (Telnyx, Sinch): the reference names
    /// this very attempt, so a wide window can match nothing else, and it covers a carrier clock
    /// that runs well behind ours.
    /// </summary>
    public static readonly TimeSpan ReferenceMatchSlack = TimeSpan.FromHours(1);

    /// <summary>
    /// Reads pages from <paramref name="firstPage"/> on and returns the newest fax that
    /// <paramref name="isOurs"/> and that was created no more than <paramref name="slack"/> before
    /// <paramref name="notBefore"/> (<see cref="CreatedInWindow"/>), or null when the list ended
    /// without one. Lists come newest first, so of faxes whose creation times cannot be compared
    /// the first one met is kept.
    /// </summary>
    /// <exception cref="CarrierException">A page could not be read, or the list went on past <see cref="MaxPages"/> pages with no match.</exception>
    public static async Task<T?> FindNewestAsync<T>(
        Uri firstPage,
        Func<Uri, CancellationToken, Task<FaxListPage<T>>> readPage,
        Func<T, bool> isOurs,
        Func<T, string?> createdAt,
        DateTimeOffset notBefore,
        TimeSpan slack,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(readPage);
        ArgumentNullException.ThrowIfNull(isOurs);
        ArgumentNullException.ThrowIfNull(createdAt);
        T? newest = null;
        DateTimeOffset? newestCreated = null;
        var page = firstPage;
        for (var read = 0; page is not null; read++)
        {
            if (read == MaxPages)
            {
                // A match is a fax of ours for this attempt: watching it can never send a second one.
                return newest ?? throw new CarrierException(
                    $"The fax API's list went on past {MaxPages} pages without the fax, so whether it has it cannot be told");
            }

            var result = await readPage(page, cancellationToken);
            foreach (var fax in result.Faxes)
            {
                var created = ParseTime(createdAt(fax));
                if (isOurs(fax) && CreatedInWindow(created, notBefore, slack)
                    && (newest is null || (created is not null && newestCreated is not null && created > newestCreated)))
                {
                    (newest, newestCreated) = (fax, created);
                }
            }

            page = result.Next;
        }

        return newest;
    }

    /// <summary>
    /// Whether a fax created at <paramref name="created"/> falls in the window that starts
    /// <paramref name="slack"/> before <paramref name="notBefore"/>. An unknown time counts as in
    /// it: taking a fax for ours costs one watched fax, taking none costs a second send.
    /// </summary>
    private static bool CreatedInWindow(DateTimeOffset? created, DateTimeOffset notBefore, TimeSpan slack) =>
        created is not { } time || time >= notBefore - slack;

    /// <summary>ISO 8601 in UTC to the second (<c>2024-05-01T10:00:00Z</c>), the form every carrier's date filter takes.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A carrier's creation time (ISO 8601, or the RFC 1123 form older Twilio-shaped APIs use), or null.</summary>
    public static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    /// <summary><paramref name="path"/> with <paramref name="parameters"/> as an escaped query string, in the order given.</summary>
    public static string WithQuery(string path, params (string Name, string Value)[] parameters) =>
        path + "?" + string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>
    /// The page after <paramref name="current"/> of a list paged by number (Telnyx, Sinch), or
    /// null at the end: past <paramref name="totalPages"/> when the carrier says how many there
    /// are, otherwise after a page shorter than <paramref name="pageSize"/>.
    /// </summary>
    public static Uri? NextNumberedPage(Func<int, Uri> page, int current, int? totalPages, int count, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(page);
        return (totalPages is { } total ? current < total : count >= pageSize) ? page(current + 1) : null;
    }

    /// <summary>
    /// The next page a carrier links to, resolved against <paramref name="baseUrl"/>; null at the
    /// end. A link to another host is refused: the request would carry our credentials there.
    /// </summary>
    public static Uri? NextPage(Uri baseUrl, string? link)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (string.IsNullOrEmpty(link))
        {
            return null;
        }

        if (!Uri.TryCreate(baseUrl, link, out var next)
            || Uri.Compare(next, baseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new CarrierException("The fax API's list links its next page to another host; it is not followed");
        }

        return next;
    }
}

/// <summary>One page of a carrier's fax list: its faxes and the page after it, if any.</summary>
internal sealed record FaxListPage<T>(IReadOnlyList<T> Faxes, Uri? Next);
