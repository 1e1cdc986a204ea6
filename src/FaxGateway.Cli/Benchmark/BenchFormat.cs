using System.Globalization;
using System.Text.Json.Nodes;

namespace FaxGateway.Cli.Benchmark;

/// <summary>Number formatting for the bench's tables and JSON, always in the invariant culture.</summary>
internal static class BenchFormat
{
    public static string Hours(double seconds) => double.IsNaN(seconds) ? "-" : F(seconds / 3600, "0.00") + " h";

    public static string Seconds(double seconds) => double.IsNaN(seconds) ? "-" : F(seconds, seconds < 10 ? "0.0" : "0") + " s";

    public static string F(double value, string format) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double share) => F(share * 100, "0.#") + " %";

    /// <summary>Now, in UTC, to the second, for a report's header.</summary>
    public static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A JSON number rounded to <paramref name="decimals"/> places; null for NaN or infinity, which JSON cannot hold.</summary>
    public static JsonNode? Json(double value, int decimals = 3) =>
        double.IsNaN(value) || double.IsInfinity(value) ? null : JsonValue.Create(Math.Round(value, decimals));
}
