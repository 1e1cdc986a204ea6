using System.Globalization;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaxGateway.Testing;

namespace FaxGateway.IntegrationTests.Attempts;

/// <summary>
/// What Lambda's SQS event source mapping does for one function, over the emulator: receive
/// one message (batch size 1), hand the function an SQS event of the real shape, delete the
/// message when the function reports no failure, and leave it to SQS otherwise. Each
/// invocation is one "run", so a function's time limit is felt exactly as on Lambda.
/// </summary>
internal sealed class LambdaEventSource(IAmazonSQS sqs, Uri queueUrl, Func<Stream, Task<Stream>> function) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>Invocations so far, and how many reported their record as failed.</summary>
    public (int Invocations, int Failures) Counts => (_invocations, _failures);

    private int _invocations;
    private int _failures;

    public LambdaEventSource Start()
    {
        _loop = Task.Run(() => RunAsync(_stop.Token));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var fifo = queueUrl.AbsolutePath.EndsWith(".fifo", StringComparison.Ordinal);
        while (!stop.IsCancellationRequested)
        {
            var response = await sqs.ReceiveMessageAsync(
                new ReceiveMessageRequest
                {
                    QueueUrl = queueUrl.ToString(),
                    MaxNumberOfMessages = 1,
                    WaitTimeSeconds = 1,
                    MessageSystemAttributeNames = ["All"],
                },
                stop);
            if (response.Messages is { Count: > 0 } messages)
            {
                await InvokeAsync(messages[0], fifo);
            }
        }
    }

    private async Task InvokeAsync(Message message, bool fifo)
    {
        var attributes = message.Attributes ?? [];
        var receiveCount = int.Parse(attributes.GetValueOrDefault("ApproximateReceiveCount", "1"), CultureInfo.InvariantCulture);
        var sqsEvent = Builders.SqsEvent(
            message.Body, message.MessageId, fifo, receiveCount, message.ReceiptHandle, attributes.GetValueOrDefault("MessageGroupId", string.Empty));
        Interlocked.Increment(ref _invocations);
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(sqsEvent));
        using var output = await function(input);
        using var batch = await JsonDocument.ParseAsync(output);
        if (batch.RootElement.GetProperty("batchItemFailures").GetArrayLength() == 0)
        {
            await sqs.DeleteMessageAsync(queueUrl.ToString(), message.ReceiptHandle, CancellationToken.None);
        }
        else
        {
            Interlocked.Increment(ref _failures);
        }
    }
}
