namespace FaxGateway.Cli.Benchmark;

/// <summary>Order statistics for the bench's figures.</summary>
internal static class BenchStatistics
{
    /// <summary>The median of <paramref name="values"/>: the middle one, or the mean of the two middle ones; NaN when empty.</summary>
    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 50);

    /// <summary>
    /// The <paramref name="percent"/>-th percentile of <paramref name="values"/>, interpolating
    /// linearly between the two nearest ranks (the usual definition: numpy's default, Excel's
    /// PERCENTILE.INC), so the 50th is the median; NaN when empty.
    /// </summary>
    public static double Percentile(IReadOnlyCollection<double> values, double percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (percent is < 0 or > 100 || double.IsNaN(percent))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile is from 0 to 100.");
        }

        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var position = percent / 100 * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
