using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Api;

/// <summary>
/// Twilio's fax resource (https://www.twilio.com/docs/fax/api/fax-resource), snake_case, plus
/// SignalWire's <c>error_code</c> and <c>error_message</c>. <c>duration</c> is in real-world
/// seconds whatever the time scale.
/// </summary>
internal sealed record FaxResource(
    string Sid,
    string AccountSid,
    string From,
    string To,
    string Quality,
    string MediaSid,
    string? MediaUrl,
    int? NumPages,
    int? Duration,
    string Status,
    string Direction,
    string ApiVersion,
    decimal? Price,
    string PriceUnit,
    string DateCreated,
    string DateUpdated,
    string Url,
    IReadOnlyDictionary<string, string> Links,
    int? ErrorCode,
    string? ErrorMessage)
{
    /// <summary>The resource as the API shows <paramref name="fax"/>, with links under <paramref name="baseUrl"/>.</summary>
    public static FaxResource FromSnapshot(FaxSnapshot fax, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var url = FaxUrls.Fax(baseUrl, fax.Sid);
        return new FaxResource(
            fax.Sid,
            fax.AccountSid,
            fax.From,
            fax.To,
            fax.Quality,
            fax.MediaSid,
            fax.HasStoredMedia ? FaxUrls.Media(baseUrl, fax.Sid, fax.MediaSid) : null,
            fax.NumPages,
            fax.DurationSeconds,
            fax.Status,
            Direction: "outbound",
            ApiVersion: "v1",
            Price: null,
            PriceUnit: "USD",
            ApiTime.Format(fax.DateCreated),
            ApiTime.Format(fax.DateUpdated),
            url,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["media"] = FaxUrls.MediaList(baseUrl, fax.Sid) },
            fax.Error?.Code,
            fax.Error?.Message);
    }
}
