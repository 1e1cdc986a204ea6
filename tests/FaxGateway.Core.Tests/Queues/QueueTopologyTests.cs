using FaxGateway.Core.Queues;

namespace FaxGateway.Core.Tests.Queues;

public sealed class QueueTopologyTests
{
    [Fact]
    public void ForStage_NamesQueuesAsTheOriginal()
    {
        var topology = QueueTopology.ForStage("prod");

        Assert.Equal(
            ["fax-gateway-prod-fax-dlq.fifo", "fax-gateway-prod-retry-dlq", "fax-gateway-prod-webhook-dlq",
             "fax-gateway-prod-fax.fifo", "fax-gateway-prod-retry", "fax-gateway-prod-webhook"],
            topology.All.Select(q => q.Name));
    }

    [Fact]
    public void ForStage_RedrivesAfterTwentyTwentyAndThreeReceives()
    {
        var topology = QueueTopology.ForStage("dev");

        Assert.Equal((topology.FaxDeadLetter.Name, 20), (topology.Fax.DeadLetterQueueName, topology.Fax.MaxReceiveCount));
        Assert.Equal((topology.WebhookDeadLetter.Name, 20), (topology.Webhook.DeadLetterQueueName, topology.Webhook.MaxReceiveCount));
        Assert.Equal((topology.RetryDeadLetter.Name, 3), (topology.Retry.DeadLetterQueueName, topology.Retry.MaxReceiveCount));
        Assert.True(topology.Fax.IsFifo && topology.FaxDeadLetter.IsFifo);
        Assert.All([topology.FaxDeadLetter, topology.RetryDeadLetter, topology.WebhookDeadLetter], q => Assert.Equal(TimeSpan.FromDays(14), q.RetentionPeriod));
    }

    [Fact]
    public void ForStage_FaxQueueOutlastsTheFaxFunctionTimeout()
    {
        Assert.True(QueueTopology.ForStage("prod").Fax.VisibilityTimeout > TimeSpan.FromSeconds(900));
    }

    [Fact]
    public void Accelerated_DividesVisibilityButKeepsAtLeastOneSecond()
    {
        var topology = QueueTopology.ForStage("local").Accelerated(180);

        Assert.Equal(TimeSpan.FromSeconds(7), topology.Fax.VisibilityTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), topology.Webhook.VisibilityTimeout);
        Assert.Equal(20, topology.Webhook.MaxReceiveCount);
    }
}
