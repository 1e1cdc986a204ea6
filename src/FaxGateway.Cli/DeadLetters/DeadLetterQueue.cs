using Amazon.SQS;
using Amazon.SQS.Model;
using FaxGateway.Core.Queues;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>A queue the tools work on: its name, its URL and, when known, which dead-letter queue it is.</summary>
internal sealed record DeadLetterQueue(string Name, Uri Url, DeadLetterKind? Kind)
{
    /// <summary>FIFO queue names end in <c>.fifo</c>; SQS enforces it.</summary>
    public bool IsFifo => IsFifoName(Name);

    /// <summary>How output names the queue: "fax DLQ fax-gateway-prod-fax-dlq.fifo".</summary>
    public string Label => Kind is { } kind ? $"{DeadLetterTopology.Name(kind)} DLQ {Name}" : Name;

    public static bool IsFifoName(string name) => name.EndsWith(".fifo", StringComparison.Ordinal);

    /// <summary>A queue given by URL; its kind is guessed from the gateway's naming.</summary>
    public static DeadLetterQueue FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var name = url.AbsolutePath.TrimEnd('/').Split('/')[^1];
        return new DeadLetterQueue(name, url, DeadLetterTopology.FromQueueName(name));
    }

    /// <summary>The dead-letter queue of <paramref name="kind"/> in <paramref name="stage"/>, looked up in SQS.</summary>
    public static async Task<DeadLetterQueue> ResolveAsync(
        IAmazonSQS sqs, string stage, DeadLetterKind kind, CancellationToken cancellationToken)
    {
        var name = DeadLetterTopology.DeadLetter(QueueTopology.ForStage(stage), kind).Name;
        return new DeadLetterQueue(name, await ResolveUrlAsync(sqs, name, cancellationToken), kind);
    }

    /// <summary>The URL of the queue called <paramref name="name"/> in this account and region.</summary>
    public static async Task<Uri> ResolveUrlAsync(IAmazonSQS sqs, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        try
        {
            var response = await sqs.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = name }, cancellationToken);
            return new Uri(response.QueueUrl);
        }
        catch (QueueDoesNotExistException exception)
        {
            throw new DeadLetterUsageException(
                $"Queue {name} does not exist here (check --stage, AWS_REGION and AWS_ENDPOINT_URL_SQS).", exception);
        }
    }
}
