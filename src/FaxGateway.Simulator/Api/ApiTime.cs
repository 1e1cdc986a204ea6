using System.Globalization;

namespace FaxGateway.Simulator.Api;

/// <summary>Twilio's date format on the fax resource: ISO 8601 in UTC to the second (<c>2015-07-30T20:00:00Z</c>).</summary>
internal static class ApiTime
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
