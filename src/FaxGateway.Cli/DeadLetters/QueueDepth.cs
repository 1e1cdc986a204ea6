using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// How many messages a queue holds, by SQS's approximate counts: visible, in flight (received
/// and not yet deleted, by a scan or anyone else) and delayed. The counts lag by up to a minute.
/// </summary>
internal static class QueueDepth
{
    private static readonly string[] Counts =
        ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed"];

    public static async Task<int> ReadAsync(IAmazonSQS sqs, DeadLetterQueue queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentNullException.ThrowIfNull(queue);
        var response = await sqs.GetQueueAttributesAsync(
            new GetQueueAttributesRequest { QueueUrl = queue.Url.ToString(), AttributeNames = [.. Counts] },
            cancellationToken);
        return Counts.Sum(name =>
            int.TryParse(response.Attributes?.GetValueOrDefault(name), CultureInfo.InvariantCulture, out var count) ? count : 0);
    }
}
