using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace FaxGateway.Core.Settings;

/// <summary>
/// Reads environment-style settings and collects every problem instead of stopping at the
/// first, so one start-up failure names every missing or malformed variable.
/// </summary>
public sealed class SettingsReader(IConfiguration configuration)
{
    private readonly List<string> _problems = [];

    /// <summary>Every problem found so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>A value that must be present and non-blank.</summary>
    public string RequiredString(string name)
    {
        var value = Raw(name);
        if (value is null)
        {
            _problems.Add($"{name} is required but not set");
            return string.Empty;
        }

        return value;
    }

    /// <summary>A value that may be absent.</summary>
    public string? OptionalString(string name) => Raw(name);

    /// <summary>An absolute http or https URL.</summary>
    public Uri RequiredUrl(string name)
    {
        var value = RequiredString(name);
        return value.Length == 0 ? Placeholder : ParseUrl(name, value);
    }

    /// <summary>An absolute http or https URL, or <paramref name="fallback"/> when unset.</summary>
    public Uri OptionalUrl(string name, Uri fallback)
    {
        var value = Raw(name);
        return value is null ? fallback : ParseUrl(name, value);
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int WholeNumber(string name, int fallback, int min, int max)
    {
        var value = Raw(name);
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            || number < min || number > max)
        {
            _problems.Add($"{name} must be a whole number from {min} to {max} (got '{value}')");
            return fallback;
        }

        return number;
    }

    /// <summary>One of <paramref name="allowed"/> (compared ignoring case), or <paramref name="fallback"/> when unset.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        var value = Raw(name);
        if (value is null)
        {
            return fallback;
        }

        var match = allowed.FirstOrDefault(option => string.Equals(option, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            _problems.Add($"{name} must be one of {string.Join(", ", allowed)} (got '{value}')");
            return fallback;
        }

        return match;
    }

    /// <summary>A duration given in seconds (fractions allowed) in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public TimeSpan Seconds(string name, TimeSpan fallback, TimeSpan min, TimeSpan max) =>
        TimeSpan.FromSeconds(Number(name, fallback.TotalSeconds, min.TotalSeconds, max.TotalSeconds, "a number of seconds"));

    /// <summary>A number (fractions allowed) in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public double Number(string name, double fallback, double min, double max) => Number(name, fallback, min, max, "a number");

    private double Number(string name, double fallback, double min, double max, string what)
    {
        var value = Raw(name);
        if (value is null)
        {
            return fallback;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || double.IsNaN(number) || number < min || number > max)
        {
            _problems.Add(
                $"{name} must be {what} from {min.ToString(CultureInfo.InvariantCulture)} " +
                $"to {max.ToString(CultureInfo.InvariantCulture)} (got '{value}')");
            return fallback;
        }

        return number;
    }

    /// <summary>Records a problem found by a check that spans several settings.</summary>
    public void AddProblem(string problem) => _problems.Add(problem);

    /// <summary>Throws one <see cref="SettingsException"/> naming every problem, if there are any.</summary>
    public void ThrowIfInvalid()
    {
        if (_problems.Count > 0)
        {
            throw new SettingsException(_problems);
        }
    }

    private static readonly Uri Placeholder = new("http://unset.invalid/");

    private string? Raw(string name)
    {
        var value = configuration[name];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private Uri ParseUrl(string name, string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        _problems.Add($"{name} must be an absolute http or https URL");
        return Placeholder;
    }
}
