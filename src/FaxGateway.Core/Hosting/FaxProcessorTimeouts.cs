using System.Globalization;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Hosting;

/// <summary>
/// The start-up check of the fax processor on Lambda. An attempt must end before the function
/// is killed, and the fax queue must keep the message hidden until the function is surely done:
/// otherwise SQS hands the same fax out again while it is still being sent, and it goes out twice.
/// </summary>
public static class FaxProcessorTimeouts
{
    /// <summary>Time an attempt leaves the function after its deadline, to cancel, read the status once more and report.</summary>
    public static readonly TimeSpan ReportingMargin = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The problems with these timeouts, empty when they are safe. Given the fax queue's redrive
    /// count, also whether the longest fax (<c>FAX_ATTEMPT_MAX_DURATION</c> watched
    /// <c>FAX_ATTEMPT_TIMEOUT</c> at a time, each run a receive) plus the allowed failed runs fits
    /// under it: otherwise SQS would move a long fax still in progress to the dead-letter queue.
    /// </summary>
    public static IReadOnlyList<string> Problems(
        TimeSpan functionTimeout, TimeSpan queueVisibility, int? maxReceiveCount, FaxGatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var attemptTimeout = settings.AttemptTimeout;
        var problems = new List<string>();
        if (attemptTimeout + ReportingMargin > functionTimeout)
        {
            problems.Add(
                $"FAX_ATTEMPT_TIMEOUT ({attemptTimeout.TotalSeconds:0} s) must end at least {ReportingMargin.TotalSeconds:0} s before " +
                $"the function's timeout ({functionTimeout.TotalSeconds:0} s), or a fax in progress is killed");
        }

        if (queueVisibility <= functionTimeout)
        {
            problems.Add(
                $"the fax queue's visibility timeout ({queueVisibility.TotalSeconds:0} s) must be longer than the function's timeout " +
                $"({functionTimeout.TotalSeconds:0} s), or a fax in progress is handed out again and sent twice");
        }

        if (maxReceiveCount is { } receives)
        {
            var runs = (int)Math.Ceiling(settings.AttemptMaxDuration / attemptTimeout) + 1;
            if (runs + settings.MaxFailedReceives > receives)
            {
                problems.Add(
                    $"the fax queue's redrive count ({receives}) must be more than the runs of the longest fax ({runs}: " +
                    $"FAX_ATTEMPT_MAX_DURATION over FAX_ATTEMPT_TIMEOUT) plus FAX_MAX_FAILED_RECEIVES ({settings.MaxFailedReceives}), " +
                    "or SQS moves a long fax still in progress to the dead-letter queue");
            }
        }

        return problems;
    }

    /// <summary>The <c>maxReceiveCount</c> of the queue's redrive policy, or null when it has none.</summary>
    private static int? MaxReceiveCount(GetQueueAttributesResponse attributes)
    {
        if (attributes.Attributes?.TryGetValue("RedrivePolicy", out var policy) != true || string.IsNullOrEmpty(policy))
        {
            return null;
        }

        using var json = JsonDocument.Parse(policy);
        var count = json.RootElement.GetProperty("maxReceiveCount");
        return count.ValueKind == JsonValueKind.Number ? count.GetInt32() : int.Parse(count.GetString()!, CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the fax queue's visibility timeout and throws <see cref="SettingsException"/> if the timeouts are unsafe.</summary>
    public static async Task VerifyAsync(IAmazonSQS sqs, FaxGatewaySettings settings, TimeSpan functionTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentNullException.ThrowIfNull(settings);
        var attributes = await sqs.GetQueueAttributesAsync(
            new GetQueueAttributesRequest { QueueUrl = settings.FaxQueueUrl.ToString(), AttributeNames = ["VisibilityTimeout", "RedrivePolicy"] },
            cancellationToken);
        var problems = Problems(functionTimeout, TimeSpan.FromSeconds(attributes.VisibilityTimeout), MaxReceiveCount(attributes), settings);
        if (problems.Count > 0)
        {
            throw new SettingsException(problems);
        }
    }
}
