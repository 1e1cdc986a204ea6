using System.Globalization;

namespace FaxGateway.Simulator.Api;

/// <summary>Reading the list calls' query parameters, whichever API's names they carry.</summary>
internal static class QueryParameters
{
    /// <summary>The parameter's value, or null when the query has none.</summary>
    public static string? Text(IQueryCollection query, string name)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query[name] is { Count: > 0 } value ? value.ToString() : null;
    }

    /// <summary>
    /// A whole number from <paramref name="min"/> to <paramref name="max"/>, or
    /// <paramref name="fallback"/> when absent; false when given and not such a number.
    /// </summary>
    public static bool TryNumber(IQueryCollection query, string name, int min, int max, int fallback, out int value)
    {
        value = fallback;
        return Text(query, name) is not { } text
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }

    /// <summary>"1 to 1000", or "0 or more" when there is no upper bound: for error messages.</summary>
    public static string Range(int min, int max) => max == int.MaxValue ? $"{min} or more" : $"{min} to {max}";
}
