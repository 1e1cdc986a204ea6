using Amazon.SQS;
using FaxGateway.Core.Queues;

namespace FaxGateway.Cli.Local;

/// <summary>The six queues of one stage, created in the local emulator.</summary>
internal sealed class LocalQueues
{
    private LocalQueues(IAmazonSQS sqs, QueueTopology topology, IReadOnlyDictionary<string, Uri> urls)
    {
        Sqs = sqs;
        Topology = topology;
        Urls = urls;
    }

    public IAmazonSQS Sqs { get; }

    public QueueTopology Topology { get; }

    /// <summary>Each queue's URL by name.</summary>
    public IReadOnlyDictionary<string, Uri> Urls { get; }

    public Uri Fax => Urls[Topology.Fax.Name];

    public Uri Retry => Urls[Topology.Retry.Name];

    public Uri Webhook => Urls[Topology.Webhook.Name];

    public Uri FaxDeadLetter => Urls[Topology.FaxDeadLetter.Name];

    public Uri RetryDeadLetter => Urls[Topology.RetryDeadLetter.Name];

    public Uri WebhookDeadLetter => Urls[Topology.WebhookDeadLetter.Name];

    /// <summary>
    /// Creates the queues of <paramref name="stage"/> in the emulator, with the deployed
    /// stack's attributes and visibility timeouts divided by <paramref name="speedUp"/>;
    /// <paramref name="adjust"/> may change the topology further before it is created.
    /// </summary>
    public static async Task<LocalQueues> CreateAsync(
        SqsEmulator emulator, string stage, double speedUp, CancellationToken cancellationToken, Func<QueueTopology, QueueTopology>? adjust = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var sqs = SqsClientFactory.ForEndpoint(emulator.Endpoint);
        var topology = QueueTopology.ForStage(stage).Accelerated(speedUp);
        topology = adjust?.Invoke(topology) ?? topology;
        var urls = await QueueProvisioner.CreateAsync(sqs, topology, cancellationToken);
        return new LocalQueues(sqs, topology, urls);
    }
}
