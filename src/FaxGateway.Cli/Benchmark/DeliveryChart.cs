using System.Globalization;
using System.Security;
using System.Text;

namespace FaxGateway.Cli.Benchmark;

/// <summary>
/// The election week as a picture: cumulative faxes delivered over model time, one line per
/// (policy, busy probability) run, with the lower bound and the number of deliverable faxes
/// marked. Plain SVG written by hand: colour tells the policy, the dash pattern the busy probability.
/// </summary>
internal static class DeliveryChart
{
    private const double Width = 960;
    private const double Height = 560;
    private const double Left = 72;
    private const double Right = 250;
    private const double Top = 56;
    private const double Bottom = 64;
    private static readonly string[] Colours = ["#d95f02", "#1b7ec2", "#7570b3", "#e7298a", "#66a61e", "#a6761d"];
    private static readonly string[] Dashes = [string.Empty, "8 4", "2 3", "12 4 2 4", "4 4"];

    public static string Render(IReadOnlyList<RunFigures> runs, TimeSpan lowerBound, int faxes, int deliverable)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var policies = runs.Select(run => run.Policy).Distinct(StringComparer.Ordinal).ToList();
        var probabilities = runs.Select(run => run.BusyProbability).Distinct().Order().ToList();
        var longest = runs.SelectMany(run => run.DeliveryTimes).DefaultIfEmpty(0).Max();
        var xStep = NiceStep(Math.Max(longest, lowerBound.TotalSeconds) * 1.05 / 3600, 8);
        var xMax = Math.Ceiling(Math.Max(longest, lowerBound.TotalSeconds) * 1.05 / 3600 / xStep) * xStep;
        var yStep = NiceStep(Math.Max(faxes, 1), 8);
        var yMax = Math.Ceiling(Math.Max(faxes, 1) / yStep) * yStep;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(double seconds) => Left + (seconds / 3600 / xMax * plotWidth);
        double Y(double count) => Top + plotHeight - (count / yMax * plotHeight);

        var svg = new StringBuilder();
        Line(svg, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{P(Width)}" height="{P(Height)}" viewBox="0 0 {P(Width)} {P(Height)}" font-family="Helvetica, Arial, sans-serif" font-size="12">""");
        Line(svg, $"""<rect width="{P(Width)}" height="{P(Height)}" fill="white"/>""");
        Line(svg, $"""<text x="{P(Left)}" y="28" font-size="16" font-weight="bold">Election week: faxes delivered over time</text>""");
        Line(svg, $"""<text x="{P(Left)}" y="44" fill="#555">{Text($"{faxes} faxes; model time (real time x speed); a delivery counts when the carrier finished it")}</text>""");

        // Grid and axes.
        for (var tick = 0.0; tick <= xMax + 1e-9; tick += xStep)
        {
            var x = X(tick * 3600);
            Line(svg, $"""<line x1="{P(x)}" y1="{P(Top)}" x2="{P(x)}" y2="{P(Top + plotHeight)}" stroke="#e6e6e6"/>""");
            Line(svg, $"""<text x="{P(x)}" y="{P(Top + plotHeight + 18)}" text-anchor="middle">{Text(Tick(tick))}</text>""");
        }

        for (var tick = 0.0; tick <= yMax + 1e-9; tick += yStep)
        {
            var y = Y(tick);
            Line(svg, $"""<line x1="{P(Left)}" y1="{P(y)}" x2="{P(Left + plotWidth)}" y2="{P(y)}" stroke="#e6e6e6"/>""");
            Line(svg, $"""<text x="{P(Left - 8)}" y="{P(y + 4)}" text-anchor="end">{Text(Tick(tick))}</text>""");
        }

        Line(svg, $"""<rect x="{P(Left)}" y="{P(Top)}" width="{P(plotWidth)}" height="{P(plotHeight)}" fill="none" stroke="#333"/>""");
        Line(svg, $"""<text x="{P(Left + (plotWidth / 2))}" y="{P(Height - 20)}" text-anchor="middle">model time (hours)</text>""");
        Line(svg, $"""<text transform="translate(20 {P(Top + (plotHeight / 2))}) rotate(-90)" text-anchor="middle">faxes delivered (cumulative)</text>""");

        // The lower bound and the deliverable count.
        var lb = X(lowerBound.TotalSeconds);
        Line(svg, $"""<line x1="{P(lb)}" y1="{P(Top)}" x2="{P(lb)}" y2="{P(Top + plotHeight)}" stroke="#222" stroke-width="1.5" stroke-dasharray="3 3"/>""");
        // Labelled at the foot, where the curves have long since left.
        Line(svg, $"""<text x="{P(lb + 4)}" y="{P(Top + plotHeight - 8)}" fill="#222">{Text($"lower bound {lowerBound.TotalHours.ToString("0.00", CultureInfo.InvariantCulture)} h")}</text>""");
        var top = Y(deliverable);
        Line(svg, $"""<line x1="{P(Left)}" y1="{P(top)}" x2="{P(Left + plotWidth)}" y2="{P(top)}" stroke="#888" stroke-dasharray="1 3"/>""");
        Line(svg, $"""<text x="{P(Left + 6)}" y="{P(top - 5)}" fill="#666">{Text($"deliverable: {deliverable}")}</text>""");

        // One step line per run, and the legend.
        var legendY = Top + 10;
        Line(svg, $"""<text x="{P(Width - Right + 20)}" y="{P(legendY)}" font-weight="bold">policy, busy lines</text>""");
        foreach (var run in runs)
        {
            var colour = Colours[policies.IndexOf(run.Policy) % Colours.Length];
            var dash = Dashes[probabilities.IndexOf(run.BusyProbability) % Dashes.Length];
            var dashAttribute = dash.Length == 0 ? string.Empty : $" stroke-dasharray=\"{dash}\"";
            var points = new StringBuilder($"{P(X(0))},{P(Y(0))}");
            for (var i = 0; i < run.DeliveryTimes.Count; i++)
            {
                var x = X(run.DeliveryTimes[i]);
                points.Append(CultureInfo.InvariantCulture, $" {P(x)},{P(Y(i))} {P(x)},{P(Y(i + 1))}");
            }

            Line(svg, $"""<polyline fill="none" stroke="{colour}" stroke-width="2"{dashAttribute} points="{points}"/>""");
            legendY += 22;
            var legendX = Width - Right + 20;
            Line(svg, $"""<line x1="{P(legendX)}" y1="{P(legendY - 4)}" x2="{P(legendX + 34)}" y2="{P(legendY - 4)}" stroke="{colour}" stroke-width="2"{dashAttribute}/>""");
            var label = $"{run.Policy}, busy {(run.BusyProbability * 100).ToString("0.#", CultureInfo.InvariantCulture)} %: {(run.MakespanSeconds / 3600).ToString("0.00", CultureInfo.InvariantCulture)} h";
            Line(svg, $"""<text x="{P(legendX + 42)}" y="{P(legendY)}">{Text(label)}</text>""");
        }

        Line(svg, $"""<text x="{P(Width - Right + 20)}" y="{P(legendY + 26)}" fill="#555">{Text("hours: makespan, first enqueue")}</text>""");
        Line(svg, $"""<text x="{P(Width - Right + 20)}" y="{P(legendY + 42)}" fill="#555">{Text("to the last final callback")}</text>""");
        Line(svg, "</svg>");
        return svg.ToString();
    }

    /// <summary>A round step (1, 2 or 5 times a power of ten) that cuts <paramref name="range"/> into at most about <paramref name="most"/> parts.</summary>
    internal static double NiceStep(double range, int most)
    {
        if (range <= 0 || double.IsNaN(range))
        {
            return 1;
        }

        var raw = range / most;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return new[] { 1.0, 2, 5, 10 }.Select(factor => factor * power).First(step => step >= raw);
    }

    private static string Tick(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string P(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Text(string text) => SecurityElement.Escape(text);

    private static void Line(StringBuilder svg, string line) => svg.Append(line).Append('\n');
}
