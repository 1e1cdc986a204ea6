using FaxGateway.Cli.Benchmark;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Cli.Tests.Benchmark;

public sealed class BenchStatisticsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Median_OddCount_TheMiddleValue() => Assert.Equal(3, BenchStatistics.Median([5, 1, 3, 9, 2]));

    [Fact]
    public void Median_EvenCount_TheMeanOfTheTwoMiddleValues() => Assert.Equal(2.5, BenchStatistics.Median([4, 1, 2, 3]));

    [Fact]
    public void Median_OneValue_ThatValue() => Assert.Equal(7, BenchStatistics.Median([7]));

    [Fact]
    public void Percentile_Empty_NaN() => Assert.True(double.IsNaN(BenchStatistics.Percentile([], 95)));

    [Fact]
    public void Percentile_95_InterpolatesBetweenTheNearestRanks()
    {
        double[] values = [.. Enumerable.Range(1, 20).Select(i => (double)i)];

        // Position 0.95 × 19 = 18.05: between 19 and 20.
        Assert.Equal(19.05, BenchStatistics.Percentile(values, 95), 9);
        Assert.Equal(1, BenchStatistics.Percentile(values, 0));
        Assert.Equal(20, BenchStatistics.Percentile(values, 100));
    }

    [Fact]
    public void Percentile_Unsorted_SameAsSorted()
    {
        Assert.Equal(BenchStatistics.Percentile([1, 2, 3, 4, 100], 95), BenchStatistics.Percentile([100, 3, 1, 4, 2], 95));
        Assert.Equal(80.8, BenchStatistics.Percentile([100, 3, 1, 4, 2], 95), 9);
    }

    [Fact]
    public void Percentile_OutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BenchStatistics.Percentile([1], 101));

    [Fact]
    public void MaxSimultaneous_HalfOpenIntervals_TouchingDoesNotOverlap()
    {
        // The bench counts calls at once with the simulator's own sweep.
        var touching = new[] { Call(T0, T0.AddMinutes(1)), Call(T0.AddMinutes(1), T0.AddMinutes(2)) };
        var overlapping = new[] { Call(T0, T0.AddMinutes(2)), Call(T0.AddMinutes(1), T0.AddMinutes(3)), Call(T0.AddMinutes(1.5), null) };

        Assert.Equal(1, CallOverlap.MaxSimultaneous(touching));
        Assert.Equal(3, CallOverlap.MaxSimultaneous(overlapping));
        Assert.Equal(0, CallOverlap.MaxSimultaneous([]));
    }

    private static CallRecord Call(DateTimeOffset start, DateTimeOffset? end) =>
        new("FX1", "+16175550100", "http://127.0.0.1/a.pdf", start, end, null, null, 1, 0);
}
