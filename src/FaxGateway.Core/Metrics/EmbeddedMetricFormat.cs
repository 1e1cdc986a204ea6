using System.Text.Json;
using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Metrics;

/// <summary>
/// Writes metrics as CloudWatch Embedded Metric Format: one JSON line per event on standard
/// output, which Lambda ships to CloudWatch Logs, where CloudWatch turns it into metrics with
/// no API calls from the function. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
/// </summary>
internal sealed class EmbeddedMetricFormat(TextWriter output, string stage, TimeProvider time) : IGatewayMetrics
{
    private readonly Lock _gate = new();

    public void FaxAttemptFinished(FaxStatus status, TimeSpan duration, int? pages)
    {
        var metrics = new List<(string Name, string Unit, double Value)>
        {
            (CounterFor(status), "Count", 1),
            (MetricNames.AttemptDuration, "Seconds", Math.Round(duration.TotalSeconds, 3)),
        };
        if (pages is > 0)
        {
            metrics.Add((MetricNames.Pages, "Count", pages.Value));
        }

        Write(metrics);
    }

    public void FaxRequestRejected() => Write([(MetricNames.RequestsRejected, "Count", 1)]);

    public void CallbackFinished(bool delivered) =>
        Write([(delivered ? MetricNames.CallbacksDelivered : MetricNames.CallbackFailures, "Count", 1)]);

    private static string CounterFor(FaxStatus status) => status switch
    {
        FaxStatus.Sent => MetricNames.FaxesSent,
        FaxStatus.TemporaryFailure => MetricNames.TemporaryFailures,
        _ => MetricNames.PermanentFailures,
    };

    private void Write(IReadOnlyList<(string Name, string Unit, double Value)> metrics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", time.GetUtcNow().ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", MetricNames.Namespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            json.WriteStringValue("Stage");
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            foreach (var (name, unit, _) in metrics)
            {
                json.WriteStartObject();
                json.WriteString("Name", name);
                json.WriteString("Unit", unit);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("Stage", stage);
            foreach (var (name, _, value) in metrics)
            {
                json.WriteNumber(name, value);
            }

            json.WriteEndObject();
        }

        var line = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        lock (_gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }
}
