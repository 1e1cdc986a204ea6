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
        var after = FaxListLookup.FormatTime(notBefore - FaxListLookup.TimeMatchSlack);
        var first = new Uri(http.BaseUrl, FaxListLookup.WithQuery(
            listPath, ("From", from), ("To", request.To), ("DateCreatedAfter", after), ("PageSize", PageSize)));
        var found = await FaxListLookup.FindNewestAsync(
            first,
            ReadPageAsync,
            fax => (fax.From is null || fax.From == from) && (fax.To is null || fax.To == request.To) && !EndedBefore(fax, notBefore),
            fax => fax.DateCreated,
            notBefore,
            FaxListLookup.TimeMatchSlack,
            cancellationToken);
        return found?.ToCarrierFax(FaxListLookup.What, carrierName, logger);

        // The fax sent to the number just before this one can fall in the one-second window of
        // creation times; if it had already ended before this send began, it is not this one.
        static bool EndedBefore(TwilioFaxResource fax, DateTimeOffset notBefore) =>
            TwilioFaxStatuses.Map(fax.Status ?? string.Empty, fax.ErrorCode) != CarrierFaxState.Pending
            && FaxListLookup.ParseTime(fax.DateUpdated) is { } updated
            && updated < TruncateToSecond(notBefore);

        static DateTimeOffset TruncateToSecond(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));

        async Task<FaxListPage<TwilioFaxResource>> ReadPageAsync(Uri page, CancellationToken token)
        {
            var list = await http.GetJsonAsync(
                page, await authorize(token), TwilioJsonContext.Default.TwilioFaxList, FaxListLookup.What, TwilioError.Describe, token);
            return new FaxListPage<TwilioFaxResource>(list.Faxes ?? [], FaxListLookup.NextPage(http.BaseUrl, list.NextPage));
        }
    }
}
