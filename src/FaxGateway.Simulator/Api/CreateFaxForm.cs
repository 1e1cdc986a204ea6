using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Lines;

namespace FaxGateway.Simulator.Api;

/// <summary>
/// Reads and checks the <c>POST /v1/Faxes</c> form. <c>StatusCallback</c> and <c>Ttl</c> are
/// accepted; the simulator makes no callbacks and never retries a fax, so neither changes anything.
/// </summary>
internal static class CreateFaxForm
{
    /// <summary>Twilio's fax qualities; <c>fine</c> is its default.</summary>
    private static readonly string[] Qualities = ["standard", "fine", "superfine"];

    private const string DefaultQuality = "fine";

    public static bool TryParse(IFormCollection form, [NotNullWhen(true)] out NewFax? fax, [NotNullWhen(false)] out ApiError? error)
    {
        ArgumentNullException.ThrowIfNull(form);
        fax = null;
        var to = form["To"].ToString();
        var from = form["From"].ToString();
        var quality = form["Quality"] is { Count: > 0 } q ? q.ToString().ToLowerInvariant() : DefaultQuality;
        Uri? mediaUrl = null;
        var storeMedia = true;
        int? ttl = null;
        error = CheckNumbers(to, from)
            ?? CheckMediaUrl(form["MediaUrl"].ToString(), out mediaUrl)
            ?? (Qualities.Contains(quality) ? null : Invalid("Quality", "standard, fine or superfine"))
            ?? CheckStoreMedia(form["StoreMedia"].ToString(), out storeMedia)
            ?? CheckTtl(form["Ttl"].ToString(), out ttl);
        if (error is not null)
        {
            return false;
        }

        fax = new NewFax(to, from, mediaUrl!, quality, storeMedia, ttl);
        return true;
    }

    private static ApiError? CheckNumbers(string to, string from) =>
        to.Length == 0 ? TwilioErrors.BadRequest(TwilioErrors.ToRequiredCode, "A 'To' phone number is required.")
        : !PhoneNumbers.IsE164(to) ? TwilioErrors.BadRequest(TwilioErrors.InvalidToCode, "Invalid 'To' Phone Number")
        : from.Length == 0 ? TwilioErrors.BadRequest(TwilioErrors.FromRequiredCode, "A 'From' phone number is required.")
        : !PhoneNumbers.IsE164(from) ? TwilioErrors.BadRequest(TwilioErrors.InvalidFromCode, "Invalid 'From' Phone Number")
        : null;

    // The message never repeats the URL: presigned media URLs are secrets.
    private static ApiError? CheckMediaUrl(string text, out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? null
            : TwilioErrors.BadRequest(TwilioErrors.InvalidMediaUrlCode, "'MediaUrl' is required and must be an absolute http or https URL");

    private static ApiError? CheckStoreMedia(string text, out bool storeMedia)
    {
        storeMedia = true;
        return text.Length == 0 || bool.TryParse(text, out storeMedia) ? null : Invalid("StoreMedia", "true or false");
    }

    private static ApiError? CheckTtl(string text, out int? ttlMinutes)
    {
        ttlMinutes = null;
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
        {
            ttlMinutes = minutes;
            return null;
        }

        return Invalid("Ttl", "a positive number of minutes");
    }

    private static ApiError Invalid(string parameter, string expected) =>
        TwilioErrors.BadRequest(TwilioErrors.InvalidParameterCode, $"Invalid parameter '{parameter}': must be {expected}");
}
