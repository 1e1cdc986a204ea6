using Amazon.SQS.Model;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// <c>faxgw dlq purge</c>: deletes every message in a dead-letter queue (SQS PurgeQueue), after
/// the operator types the queue's name, or with <c>--yes</c>. Without a terminal to ask on and
/// without <c>--yes</c> it refuses, so a script cannot purge by accident.
/// </summary>
internal sealed class DeadLetterPurger(DeadLetterContext context)
{
    public async Task<int> PurgeAsync(DeadLetterQueue queue, bool confirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var depth = await QueueDepth.ReadAsync(context.Sqs, queue, cancellationToken);
        if (!confirmed)
        {
            if (!context.InputIsInteractive)
            {
                await context.Error.WriteLineAsync($"Not purging {queue.Name}: standard input is not a terminal to confirm on. Pass --yes to purge without asking.");
                return ExitCodes.Usage;
            }

            await context.Out.WriteAsync($"This deletes all {depth} message(s) in {queue.Name} for good. Type the queue name to confirm: ");
            await context.Out.FlushAsync(cancellationToken);
            var answer = await context.In.ReadLineAsync(cancellationToken);
            if (answer?.Trim() != queue.Name)
            {
                await context.Error.WriteLineAsync("Not confirmed; nothing was deleted.");
                return ExitCodes.PartialFailure;
            }
        }

        try
        {
            await context.Sqs.PurgeQueueAsync(new PurgeQueueRequest { QueueUrl = queue.Url.ToString() }, cancellationToken);
        }
        catch (PurgeQueueInProgressException)
        {
            await context.Error.WriteLineAsync($"{queue.Name} is being purged already (SQS allows one purge a minute); nothing more was done.");
            return ExitCodes.PartialFailure;
        }

        await context.Out.WriteLineAsync($"Purged {queue.Name}: about {depth} message(s) deleted (SQS may take up to a minute to finish).");
        return ExitCodes.Ok;
    }
}
