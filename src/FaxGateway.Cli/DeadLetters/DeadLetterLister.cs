namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// <c>faxgw dlq list</c>: a table of the messages in each queue, read without consuming them
/// (see <see cref="DeadLetterScan"/>), then a note when the table cannot be the whole queue.
/// </summary>
internal sealed class DeadLetterLister(DeadLetterContext context)
{
    public async Task<int> ListAsync(IReadOnlyList<DeadLetterQueue> queues, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queues);
        foreach (var queue in queues)
        {
            await ListAsync(queue, max, cancellationToken);
        }

        return ExitCodes.Ok;
    }

    private async Task ListAsync(DeadLetterQueue queue, int max, CancellationToken cancellationToken)
    {
        var depth = await QueueDepth.ReadAsync(context.Sqs, queue, cancellationToken);
        var messages = new List<DeadLetterMessage>();
        await using (var scan = new DeadLetterScan(context.Sqs, queue) { WaitTime = context.ScanWaitTime })
        {
            while (messages.Count < max)
            {
                var batch = await scan.NextAsync(max - messages.Count, cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                messages.AddRange(batch.Select(DeadLetterMessage.From));
            }
        }

        var output = context.Out;
        output.WriteLine($"{queue.Label}: {Count(messages.Count)} shown, the queue holds about {depth}");
        if (messages.Count > 0)
        {
            DeadLetterTable.Write(output, [.. messages.OrderBy(m => m.FirstSeen).ThenBy(m => m.MessageId, StringComparer.Ordinal)]);
        }

        if (messages.Count >= max)
        {
            output.WriteLine($"Stopped at --max {max}; there may be more.");
        }
        else if (depth > messages.Count)
        {
            output.WriteLine(queue.IsFifo
                ? "Some messages could not be read now: they are in flight (being read elsewhere), or behind an earlier message of their message group, which stays locked while that one is held. Redrive or purge the ones shown to reach them."
                : "Some messages could not be read now: they are in flight (being read elsewhere) or delayed. Try again in a minute.");
        }

        output.WriteLine();
    }

    private static string Count(int count) => count == 1 ? "1 message" : $"{count} messages";
}
