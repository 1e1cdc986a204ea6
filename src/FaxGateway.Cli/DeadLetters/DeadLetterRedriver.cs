using Amazon.Runtime;
using Amazon.SQS.Model;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// <c>faxgw dlq redrive</c>: moves messages from a dead-letter queue back to a working queue.
/// Each message is sent first and deleted from the DLQ second, so a failure never loses one; a
/// crash between the two leaves it in both queues, and a later redrive would send it twice.
/// Messages are moved as they are read, so in a FIFO DLQ deleting a group's first message lets
/// the next receive reach the one behind it.
/// </summary>
internal sealed class DeadLetterRedriver(DeadLetterContext context)
{
    public async Task<int> RedriveAsync(
        DeadLetterQueue from, RedriveTarget to, RedriveSelection selection, bool force, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(selection);
        var redriveTime = context.Time.GetUtcNow();
        var wanted = new HashSet<string>(selection.Ids, StringComparer.Ordinal);
        var tally = new RedriveTally();
        await using (var scan = new DeadLetterScan(context.Sqs, from) { WaitTime = context.ScanWaitTime })
        {
            // With --id, stop once every id is found or --max messages were read; --all reads on.
            while (selection.All || (wanted.Count > 0 && scan.Seen < max))
            {
                var batch = await scan.NextAsync(10, cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                foreach (var message in batch.Where(m => selection.All || wanted.Remove(m.MessageId)))
                {
                    await MoveAsync(scan, message, from, to, RedrivePlan.Create(message, to, force, redriveTime), tally, cancellationToken);
                }
            }
        }

        tally.NotFound = wanted;
        await WriteSummaryAsync(from, to, tally, cancellationToken);
        return tally.Complete ? ExitCodes.Ok : ExitCodes.PartialFailure;
    }

    private async Task MoveAsync(
        DeadLetterScan scan, Message message, DeadLetterQueue from, RedriveTarget to, RedrivePlan plan, RedriveTally tally, CancellationToken cancellationToken)
    {
        var id = ConsoleText.Safe(message.MessageId);
        if (plan.Request is not { } request)
        {
            tally.Refused++;
            await context.Out.WriteLineAsync($"refused  {id}: {ConsoleText.Safe(MessageRedaction.Text(plan.Refusal!))}");
            return;
        }

        try
        {
            await context.Sqs.SendMessageAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is AmazonClientException or HttpRequestException)
        {
            tally.Failed++;
            await context.Out.WriteLineAsync($"failed   {id}: sending to {to.Name} failed ({exception.Message}); it stays in {from.Name}");
            return;
        }

        try
        {
            // Not cancellable: once the copy is sent, leaving the original behind makes a duplicate.
            await scan.DeleteAsync(message, CancellationToken.None);
        }
        catch (Exception exception) when (exception is AmazonClientException or HttpRequestException)
        {
            tally.Failed++;
            await context.Out.WriteLineAsync(
                $"copied   {id} to {to.Name} but could not delete it from {from.Name} ({exception.Message}): delete it there by hand, or a later redrive sends it twice");
            return;
        }

        tally.Moved++;
        var summary = DeadLetterMessage.From(message);
        await context.Out.WriteLineAsync($"moved    {id}  fax {summary.FaxId}  to {summary.Destination}");
    }

    private async Task WriteSummaryAsync(DeadLetterQueue from, RedriveTarget to, RedriveTally tally, CancellationToken cancellationToken)
    {
        var output = context.Out;
        await output.WriteLineAsync($"Moved {tally.Moved} message(s) from {from.Name} to {to.Name}; {tally.Refused} refused, {tally.Failed} failed.");
        if (tally.NotFound.Count > 0)
        {
            await output.WriteLineAsync(
                $"Not found: {string.Join(", ", tally.NotFound.Order(StringComparer.Ordinal).Select(id => ConsoleText.Safe(id)))} " +
                "(not in the queue, in flight elsewhere, beyond --max, or in a FIFO queue behind another message of its group).");
        }

        if (from.IsFifo && tally.Refused + tally.Failed > 0)
        {
            await output.WriteLineAsync("Messages behind a refused or failed one in its message group were not reached.");
        }

        var left = await QueueDepth.ReadAsync(context.Sqs, from, cancellationToken);
        await output.WriteLineAsync($"{from.Name} now holds about {left} message(s).");
    }
}
