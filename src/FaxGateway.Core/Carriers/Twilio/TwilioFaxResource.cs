using System.Globalization;
using System.Text.Json.Serialization;
using FaxGateway.Core.Logging;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Carriers.Twilio;

/// <summary>
/// The fields of the Twilio-shaped fax resource the gateway reads. <c>error_code</c> and
/// <c>error_message</c> are SignalWire's additions (Twilio's v1 resource has neither); compatible
/// carriers that send them say why a fax failed. Numbers may come as strings (SignalWire types
/// <c>num_pages</c> as a string).
/// </summary>
internal sealed record TwilioFaxResource(
    [property: JsonPropertyName("sid")] string? Sid,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("num_pages")] int? NumPages,
    [property: JsonPropertyName("error_code")] int? ErrorCode = null,
    [property: JsonPropertyName("error_message")] string? ErrorMessage = null,
    [property: JsonPropertyName("from")] string? From = null,
    [property: JsonPropertyName("to")] string? To = null,
    [property: JsonPropertyName("date_created")] string? DateCreated = null,
    [property: JsonPropertyName("date_updated")] string? DateUpdated = null)
{
    /// <summary>The create form both Twilio-shaped APIs take, with <paramref name="ttlMinutes"/> for <c>Ttl</c>.</summary>
    public static FormUrlEncodedContent CreateForm(FaxSendRequest request, string from, int ttlMinutes) => new(new Dictionary<string, string>
    {
        ["To"] = request.To,
        ["From"] = from,
        ["MediaUrl"] = request.MediaUrl,

        // Faxes carry personal data: the carrier must not keep a copy of the PDF.
        ["StoreMedia"] = "false",
        ["Ttl"] = ttlMinutes.ToString(CultureInfo.InvariantCulture),
    });

    /// <summary>The cancel form: <c>Status=canceled</c>, the only update the API allows.</summary>
    public static FormUrlEncodedContent CancelForm() =>
        new(new Dictionary<string, string> { ["Status"] = TwilioFaxStatuses.Canceled });

    /// <summary>This resource in the common model; an unknown status is logged as such.</summary>
    public CarrierFax ToCarrierFax(string what, string carrierName, ILogger logger)
    {
        if (string.IsNullOrEmpty(Sid))
        {
            throw new CarrierException($"The fax API's answer to {what} has no fax sid");
        }

        var status = Status ?? string.Empty;
        if (!TwilioFaxStatuses.IsKnown(status))
        {
            Log.CarrierStatusUnknown(logger, carrierName, status, Sid);
        }

        return new CarrierFax(Sid, TwilioFaxStatuses.Map(status, ErrorCode), TwilioFaxStatuses.Describe(status, ErrorCode, ErrorMessage), NumPages);
    }
}

/// <summary>Twilio's error body: <c>{"code": 20003, "message": "Authenticate", "status": 401}</c>.</summary>
internal sealed record TwilioError(
    [property: JsonPropertyName("code")] int? Code,
    [property: JsonPropertyName("message")] string? Message)
{
    /// <summary>"20003 Authenticate" from an error body, or null when it has none.</summary>
    public static string? Describe(string body) =>
        CarrierHttp.TryRead(body, TwilioJsonContext.Default.TwilioError) is { Message: { Length: > 0 } message } error
            ? $"{error.Code} {message}"
            : null;
}

/// <summary>
/// A page of the fax list, newest first. Twilio's v1 API links the next page in
/// <c>{"faxes": [ … ], "meta": {"next_page_url": …}}</c>; SignalWire's 2010-style API at the top,
/// <c>{"faxes": [ … ], "next_page_uri": "/api/laml/…", "page": 0, …}</c>. Null at the end.
/// </summary>
internal sealed record TwilioFaxList(
    [property: JsonPropertyName("faxes")] IReadOnlyList<TwilioFaxResource>? Faxes,
    [property: JsonPropertyName("meta")] TwilioListMeta? Meta = null,
    [property: JsonPropertyName("next_page_uri")] string? NextPageUri = null)
{
    /// <summary>The link to the next page, in whichever of the two places the API puts it.</summary>
    public string? NextPage => Meta?.NextPageUrl ?? NextPageUri;
}

/// <summary>Twilio's paging block; only the next page's link is read.</summary>
internal sealed record TwilioListMeta([property: JsonPropertyName("next_page_url")] string? NextPageUrl);

[JsonSerializable(typeof(TwilioFaxResource))]
[JsonSerializable(typeof(TwilioFaxList))]
[JsonSerializable(typeof(TwilioError))]
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
internal sealed partial class TwilioJsonContext : JsonSerializerContext;
