namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// <c>faxgw dlq show</c>: finds one message by its SQS id, without consuming anything (see
/// <see cref="DeadLetterScan"/>), and writes it in full, redacted.
/// </summary>
internal sealed class DeadLetterInspector(DeadLetterContext context)
{
    public async Task<int> ShowAsync(IReadOnlyList<DeadLetterQueue> queues, string messageId, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queues);
        var read = 0;
        foreach (var queue in queues)
        {
            await using var scan = new DeadLetterScan(context.Sqs, queue) { WaitTime = context.ScanWaitTime };
            while (scan.Seen < max)
            {
                var batch = await scan.NextAsync(max - scan.Seen, cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                if (batch.FirstOrDefault(m => m.MessageId == messageId) is { } found)
                {
                    DeadLetterDetails.Write(context.Out, queue, found);
                    return ExitCodes.Ok;
                }
            }

            read += scan.Seen;
        }

        await context.Error.WriteLineAsync(
            $"Message {ConsoleText.Safe(messageId)} was not found in {string.Join(", ", queues.Select(q => q.Name))} " +
            $"(read {read} messages, at most {max} a queue: --max reads more; in a FIFO queue a message behind another of its group cannot be read until that one is gone).");
        return ExitCodes.PartialFailure;
    }
}
