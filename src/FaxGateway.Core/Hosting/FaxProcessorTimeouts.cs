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

    /// <summary>The problems with these timeouts, empty when they are safe.</summary>
    public static IReadOnlyList<string> Problems(TimeSpan functionTimeout, TimeSpan attemptTimeout, TimeSpan queueVisibility)
    {
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

        return problems;
    }

    /// <summary>Reads the fax queue's visibility timeout and throws <see cref="SettingsException"/> if the timeouts are unsafe.</summary>
    public static async Task VerifyAsync(IAmazonSQS sqs, FaxGatewaySettings settings, TimeSpan functionTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentNullException.ThrowIfNull(settings);
        var attributes = await sqs.GetQueueAttributesAsync(
            new GetQueueAttributesRequest { QueueUrl = settings.FaxQueueUrl.ToString(), AttributeNames = ["VisibilityTimeout"] },
            cancellationToken);
        var problems = Problems(functionTimeout, settings.AttemptTimeout, TimeSpan.FromSeconds(attributes.VisibilityTimeout));
        if (problems.Count > 0)
        {
            throw new SettingsException(problems);
        }
    }
}
