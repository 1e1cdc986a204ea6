using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace FaxGateway.Core.Queues;

/// <summary>
/// Creates a <see cref="QueueTopology"/> in SQS (or the emulator): dead-letter queues first,
/// then the three working queues with redrive policies pointing at them.
/// </summary>
public static class QueueProvisioner
{
    /// <summary>Creates every queue and returns their URLs by name.</summary>
    public static async Task<IReadOnlyDictionary<string, Uri>> CreateAsync(
        IAmazonSQS sqs, QueueTopology topology, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentNullException.ThrowIfNull(topology);
        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        var arns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var queue in topology.All)
        {
            var attributes = Attributes(queue, arns);
            var created = await sqs.CreateQueueAsync(
                new CreateQueueRequest { QueueName = queue.Name, Attributes = attributes }, cancellationToken);
            var arn = await sqs.GetQueueAttributesAsync(
                new GetQueueAttributesRequest { QueueUrl = created.QueueUrl, AttributeNames = ["QueueArn"] },
                cancellationToken);
            urls[queue.Name] = new Uri(created.QueueUrl);
            arns[queue.Name] = arn.QueueARN;
        }

        return urls;
    }

    private static Dictionary<string, string> Attributes(QueueDefinition queue, Dictionary<string, string> arns)
    {
        var attributes = new Dictionary<string, string>
        {
            ["VisibilityTimeout"] = Seconds(queue.VisibilityTimeout),
        };
        if (queue.IsFifo)
        {
            attributes["FifoQueue"] = "true";
            attributes["ContentBasedDeduplication"] = "true";
        }

        if (queue.RetentionPeriod is { } retention)
        {
            attributes["MessageRetentionPeriod"] = Seconds(retention);
        }

        if (queue.DeadLetterQueueName is { } deadLetter)
        {
            attributes["RedrivePolicy"] =
                $$"""{"deadLetterTargetArn":"{{arns[deadLetter]}}","maxReceiveCount":"{{queue.MaxReceiveCount}}"}""";
        }

        return attributes;
    }

    private static string Seconds(TimeSpan value) =>
        ((long)value.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
