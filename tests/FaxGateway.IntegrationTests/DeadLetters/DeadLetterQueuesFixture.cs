using System.CommandLine;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaxGateway.Cli.Commands;
using FaxGateway.Cli.DeadLetters;
using FaxGateway.Cli.Local;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Serialization;
using FaxGateway.Core.Webhooks;
using FaxGateway.Testing;

namespace FaxGateway.IntegrationTests.DeadLetters;

/// <summary>
/// One stage's queues in the shared emulator, ways to put messages in its dead-letter queues
/// (as SQS does, and as the gateway does), and <c>faxgw dlq</c> run against them with captured output.
/// </summary>
internal sealed class DeadLetterQueuesFixture
{
    private DeadLetterQueuesFixture(string stage, LocalQueues queues)
    {
        Stage = stage;
        Queues = queues;
    }

    public string Stage { get; }

    public LocalQueues Queues { get; }

    public IAmazonSQS Sqs => Queues.Sqs;

    public static async Task<DeadLetterQueuesFixture> CreateAsync()
    {
        var stage = "dlq" + Guid.NewGuid().ToString("N")[..10];
        var queues = await LocalQueues.CreateAsync(await SharedEmulator.GetAsync(), stage, speedUp: 1, CancellationToken.None);
        return new DeadLetterQueuesFixture(stage, queues);
    }

    public static string FaxBody(string faxId, string to = Builders.Destination) =>
        JsonSerializer.Serialize(Builders.Fax(faxId, to: to), GatewayJson.Fax);

    public static string WebhookBody(string faxId) => JsonSerializer.Serialize(
        new Webhook(Builders.CallbackUrl, new WebhookPayload(faxId, FaxStatus.PermanentFailure, "Failed to deliver fax after 20 tries. Last attempt status: busy", 1793714415)),
        GatewayJson.Webhook);

    /// <summary>Runs <c>faxgw dlq ARGS --stage STAGE</c>.</summary>
    public Task<DlqRun> RunAsync(params string[] args) => RunAsync(input: null, args);

    /// <summary>Runs the command with <paramref name="typed"/> as what the operator types on a terminal.</summary>
    public Task<DlqRun> RunOnTerminalAsync(string typed, params string[] args) => RunAsync(typed, args);

    private async Task<DlqRun> RunAsync(string? input, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = DlqCommand.Create(() => new DeadLetterContext(
            () => Sqs, output, error, new StringReader(input ?? string.Empty), inputIsInteractive: input is not null, TimeProvider.System, ownsSqs: false)
        {
            // The emulator answers a short poll with everything it can give, so a scan need not wait to know it is done.
            ScanWaitTime = TimeSpan.Zero,
        });
        var exitCode = await new RootCommand { command }.Parse(["dlq", .. args, "--stage", Stage]).InvokeAsync();
        return new DlqRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Puts <paramref name="body"/> on a working queue and receives it until SQS moves it to the
    /// queue's DLQ, as happens when a processor keeps failing; returns its message id.
    /// </summary>
    public async Task<string> DeadLetterBySqsAsync(Uri source, string body, string? group = null)
    {
        var sent = await Sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = source.ToString(), MessageBody = body, MessageGroupId = group });
        for (var receive = 0; receive < 40; receive++)
        {
            var response = await Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = source.ToString(), VisibilityTimeout = 0, MaxNumberOfMessages = 1 });
            if (response.Messages is not { Count: > 0 })
            {
                return sent.MessageId;
            }
        }

        throw new InvalidOperationException("SQS did not move the message to the dead-letter queue");
    }

    /// <summary>Puts a message straight on a dead-letter queue (FIFO ones need <paramref name="group"/>), as the gateway does with unreadable faxes.</summary>
    public async Task<string> SendAsync(Uri queue, string body, string? group = null, string? error = null)
    {
        var sent = await Sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = queue.ToString(),
            MessageBody = body,
            MessageGroupId = group,
            MessageDeduplicationId = group is null ? null : Guid.NewGuid().ToString("N"),
            MessageAttributes = error is null ? null : new Dictionary<string, MessageAttributeValue>
            {
                [DeadLetterAttributes.Error] = new() { DataType = "String", StringValue = error },
                [DeadLetterAttributes.SourceMessageId] = new() { DataType = "String", StringValue = "source-1" },
            },
        });
        return sent.MessageId;
    }

    /// <summary>Receives and deletes every message <paramref name="queue"/> will give, in order, unlocking FIFO groups as it goes.</summary>
    public async Task<IReadOnlyList<Message>> DrainAsync(Uri queue)
    {
        var all = new List<Message>();
        while (true)
        {
            var response = await Sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queue.ToString(),
                MaxNumberOfMessages = 10,
                VisibilityTimeout = 60,
                MessageAttributeNames = ["All"],
                MessageSystemAttributeNames = ["All"],
            });
            if (response.Messages is not { Count: > 0 } messages)
            {
                return all;
            }

            foreach (var message in messages)
            {
                await Sqs.DeleteMessageAsync(queue.ToString(), message.ReceiptHandle);
            }

            all.AddRange(messages);
        }
    }

    /// <summary>Every message in <paramref name="queue"/>, visible or not, by SQS's counts.</summary>
    public async Task<int> CountAsync(Uri queue)
    {
        var attributes = await Sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = queue.ToString(),
            AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        });
        return attributes.ApproximateNumberOfMessages + attributes.ApproximateNumberOfMessagesNotVisible;
    }

    /// <summary>How many messages <paramref name="queue"/> has ready to receive now.</summary>
    public async Task<int> VisibleAsync(Uri queue)
    {
        var attributes = await Sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = queue.ToString(),
            AttributeNames = ["ApproximateNumberOfMessages"],
        });
        return attributes.ApproximateNumberOfMessages;
    }
}

/// <summary>What one run of <c>faxgw dlq</c> returned and printed.</summary>
internal sealed record DlqRun(int ExitCode, string Output, string Error)
{
    /// <summary>Fails with everything the command printed when it exited otherwise.</summary>
    public void AssertExitCode(int expected) =>
        Assert.True(ExitCode == expected, $"exit code {ExitCode}, expected {expected}\nout:\n{Output}\nerror:\n{Error}");
}
