using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Carriers.Twilio;

/// <summary>
/// The lookup the two Twilio-shaped APIs share (Twilio's <c>GET /v1/Faxes</c>, SignalWire's
/// <c>GET …/Accounts/{ProjectId}/Faxes.json</c>): they echo no client reference, so a fax is
/// matched by sender, destination and creation time. The destination's message group lets no
/// other fax of ours to that number start while an attempt is in doubt, so a fax from our number
/// to it created since the send began is this attempt's, and of several the newest is.
/// </summary>
internal static class TwilioFaxLookup
{
    /// <summary>How far the carrier's clock may be from ours without a look-up taking one fax for another.</summary>
    private static readonly TimeSpan ClockMargin = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// These APIs keep creation times to the second and echo no reference of ours, so a send
    /// waits until a whole second has begun since its run took the message (with
    /// <see cref="ClockMargin"/> either side). The fax sent to the number before was created
    /// before this run began, in an earlier second, and every fax this send can create falls in
    /// that later second or after: the look-up tells them apart by second alone. The wait is
    /// at most 1.5 s, against a minute a page.
    /// </summary>
    public static DateTimeOffset EarliestSend(DateTimeOffset runStart) =>
        TruncateToSecond(runStart + ClockMargin) + TimeSpan.FromSeconds(1) + ClockMargin;

    private static DateTimeOffset TruncateToSecond(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));

    /// <summary>Twilio's default page size (it allows up to 1000); the filtered list is a handful of faxes.</summary>
    private const string PageSize = "50";

    /// <summary>
    /// Lists <paramref name="listPath"/> with <c>From</c>, <c>To</c> and <c>DateCreatedAfter</c>
    /// (the filters Twilio's spec and SignalWire's list document) and checks each fax's
    /// <c>from</c>, <c>to</c> and <c>date_created</c> itself, following the next-page link for
    /// at most <see cref="FaxListLookup.MaxPages"/> pages.
    /// </summary>
    public static async Task<CarrierFax?> FindAsync(
        CarrierHttp http,
        string listPath,
        string from,
        FaxSendRequest request,
        DateTimeOffset notBefore,
        Func<CancellationToken, Task<AuthenticationHeaderValue>> authorize,
        string carrierName,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(authorize);
        // The first whole second in which this send can have created a fax: see EarliestSend.
        var firstSecond = TruncateToSecond(notBefore - ClockMargin);
        var after = FaxListLookup.FormatTime(firstSecond - TimeSpan.FromSeconds(1));
        var first = new Uri(http.BaseUrl, FaxListLookup.WithQuery(
            listPath, ("From", from), ("To", request.To), ("DateCreatedAfter", after), ("PageSize", PageSize)));
        var found = await FaxListLookup.FindNewestAsync(
            first,
            ReadPageAsync,
            fax => (fax.From is null || fax.From == from) && (fax.To is null || fax.To == request.To),
            fax => fax.DateCreated,
            firstSecond,
            TimeSpan.Zero,
            cancellationToken);
        return found?.ToCarrierFax(FaxListLookup.What, carrierName, logger);

        async Task<FaxListPage<TwilioFaxResource>> ReadPageAsync(Uri page, CancellationToken token)
        {
            var list = await http.GetJsonAsync(
                page, await authorize(token), TwilioJsonContext.Default.TwilioFaxList, FaxListLookup.What, TwilioError.Describe, token);
            return new FaxListPage<TwilioFaxResource>(list.Faxes ?? [], FaxListLookup.NextPage(http.BaseUrl, list.NextPage));
        }
    }
}
