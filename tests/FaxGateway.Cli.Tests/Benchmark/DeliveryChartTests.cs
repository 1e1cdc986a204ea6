using System.Xml.Linq;
using FaxGateway.Cli.Benchmark;

namespace FaxGateway.Cli.Tests.Benchmark;

public sealed class DeliveryChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_OneLinePerRunWithLegendAndLowerBound_WellFormedSvg()
    {
        RunFigures[] runs = [Run("original", 0, [600, 1200, 9000]), Run("default", 0, [500, 1000, 7000]), Run("original", 0.2, [700, 1500]), Run("default", 0.2, [])];

        var svg = XDocument.Parse(DeliveryChart.Render(runs, TimeSpan.FromHours(2.25), faxes: 4, deliverable: 3));

        var lines = svg.Descendants(Svg + "polyline").ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal(2, lines.Select(line => (string?)line.Attribute("stroke")).Distinct().Count());
        Assert.Equal(2, lines.Count(line => line.Attribute("stroke-dasharray") is not null));
        var text = string.Join("|", svg.Descendants(Svg + "text").Select(element => element.Value));
        Assert.Contains("lower bound 2.25 h", text, StringComparison.Ordinal);
        Assert.Contains("original, busy 20 %", text, StringComparison.Ordinal);
        Assert.Contains("default, busy 0 %", text, StringComparison.Ordinal);
        Assert.Contains("model time (hours)", text, StringComparison.Ordinal);
        Assert.Contains("deliverable: 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ACountOfDeliveries_AStepPerDelivery()
    {
        var svg = XDocument.Parse(DeliveryChart.Render([Run("default", 0, [3600, 7200])], TimeSpan.FromHours(1), faxes: 2, deliverable: 2));

        var points = ((string)svg.Descendants(Svg + "polyline").Single().Attribute("points")!).Split(' ');
        Assert.Equal(1 + (2 * 2), points.Length);
    }

    [Theory]
    [InlineData(2.4, 8, 0.5)]
    [InlineData(1000, 8, 200)]
    [InlineData(0.3, 8, 0.05)]
    [InlineData(7, 8, 1)]
    public void NiceStep_OneTwoOrFiveTimesAPowerOfTen(double range, int most, double step) =>
        Assert.Equal(step, DeliveryChart.NiceStep(range, most), 9);

    private static RunFigures Run(string policy, double busy, double[] deliveries) => new()
    {
        Policy = policy,
        BusyProbability = busy,
        Faxes = 4,
        Delivered = deliveries.Length,
        PermanentlyFailed = 1,
        Unfinished = 0,
        MakespanSeconds = deliveries.DefaultIfEmpty(0).Max() + 60,
        LastDeliverySeconds = deliveries.DefaultIfEmpty(0).Max(),
        LowerBoundSeconds = 8100,
        CarrierFaxesCreated = 5,
        Dials = 5,
        BusyDials = 1,
        SelfInflictedBusy = 0,
        NoAnswerDials = 1,
        Duplicates = 0,
        MostCallsAtOnceOnOneNumber = 1,
        ResultToCallbackReceived = new Spread(2, 4, 5),
        UnpairedAttempts = 0,
        StatusReads = 10,
        CallbacksReceived = 6,
        CpuSeconds = 1,
        PeakMemoryMegabytes = 100,
        WallSeconds = 150,
        Speed = 60,
        DeliveryTimes = deliveries,
    };
}
