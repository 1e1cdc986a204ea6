using System.Globalization;
using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api.SignalWire;

/// <summary>
/// SignalWire's fax resource (https://developer.signalwire.com/compatibility-api/rest/entities/faxes/):
/// Twilio's fields with UUID-like ids, <c>num_pages</c> and <c>price</c> as strings, URLs relative
/// to the Space, and <c>error_code</c>/<c>error_message</c> on a failed fax.
/// </summary>
internal sealed record SignalWireFaxResource(
    string Sid,
    string AccountSid,
    string From,
    string To,
    string Quality,
    string MediaSid,
    string? MediaUrl,
    string? NumPages,
    int? Duration,
    string Status,
    string Direction,
    string ApiVersion,
    string? Price,
    string PriceUnit,
    string DateCreated,
    string DateUpdated,
    string Url,
    IReadOnlyDictionary<string, string> Links,
    int? ErrorCode,
    string? ErrorMessage)
{
    public static SignalWireFaxResource FromSnapshot(FaxSnapshot fax, string projectId)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var url = $"{SignalWireEndpoints.FaxesPath(projectId)}/{fax.Sid}";
        return new SignalWireFaxResource(
            fax.Sid,
            fax.AccountSid,
            fax.From,
            fax.To,
            fax.Quality,
            fax.MediaSid,
            MediaUrl: null,
            fax.NumPages?.ToString(CultureInfo.InvariantCulture),
            fax.DurationSeconds,
            fax.Status,
            Direction: "outbound",
            ApiVersion: "v1",
            Price: null,
            PriceUnit: "USD",
            ApiTime.Format(fax.DateCreated),
            ApiTime.Format(fax.DateUpdated),
            url,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["media"] = url + "/Media" },
            fax.Error?.Code,
            fax.Error?.Message);
    }
}

/// <summary>
/// A page of the list, 2010-API style: links relative to the Space at the top, then the faxes.
/// https://developer.signalwire.com/compatibility-api/client-sdks/methods/faxes/list
/// </summary>
internal sealed record SignalWireFaxList(
    string Uri,
    string FirstPageUri,
    string? NextPageUri,
    string? PreviousPageUri,
    int Page,
    int PageSize,
    IReadOnlyList<SignalWireFaxResource> Faxes);
