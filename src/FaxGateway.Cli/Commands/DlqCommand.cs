using System.CommandLine;
using FaxGateway.Cli.DeadLetters;

namespace FaxGateway.Cli.Commands;

/// <summary>
/// <c>faxgw dlq</c>: list, show, redrive and purge the fax, retry and webhook dead-letter
/// queues of a stage, on AWS or wherever <c>AWS_ENDPOINT_URL_SQS</c> points.
/// </summary>
internal static class DlqCommand
{
    private const string NoConsumeNote =
        "SQS has no peek: each message read is received, kept hidden for up to 30 s while the scan runs, then made visible again, " +
        "so nothing is consumed, but its receive count goes up by one (harmless: a DLQ has no redrive of its own).";

    public static Command Create() => Create(DeadLetterContext.ForConsole);

    internal static Command Create(Func<DeadLetterContext> contexts)
    {
        var stage = new Option<string>("--stage")
        {
            Description = "The stage whose queues to use (fax-gateway-STAGE-fax-dlq.fifo and so on).",
            DefaultValueFactory = _ => "prod",
            Recursive = true,
        };
        var command = new Command("dlq", "Inspect, redrive and purge the dead-letter queues (fax, retry, webhook).") { stage };
        command.Action = new DeadLetterCommandAction(contexts, async (_, context, _) =>
        {
            await context.Error.WriteLineAsync("Choose one of: list, show, redrive, purge. See 'faxgw dlq --help'.");
            return ExitCodes.Usage;
        });
        command.Subcommands.Add(List(stage, contexts));
        command.Subcommands.Add(Show(stage, contexts));
        command.Subcommands.Add(Redrive(stage, contexts));
        command.Subcommands.Add(Purge(stage, contexts));
        return command;
    }

    private static Command List(Option<string> stage, Func<DeadLetterContext> contexts)
    {
        var (queue, urls, max) = (QueueOption(required: false), QueueUrlOption(), MaxOption(100));
        var command = new Command(
            "list",
            "List the messages in the dead-letter queues: message id, fax id, masked destination, first seen, receive count and why it failed. " + NoConsumeNote)
        {
            queue, urls, max,
        };
        command.Action = new DeadLetterCommandAction(contexts, async (parse, context, ct) =>
        {
            var queues = await DeadLetterQueues.ResolveAsync(context, parse.GetValue(stage)!, parse.GetValue(queue), parse.GetValue(urls) ?? [], ct);
            return await new DeadLetterLister(context).ListAsync(queues, parse.GetValue(max), ct);
        });
        return command;
    }

    private static Command Show(Option<string> stage, Func<DeadLetterContext> contexts)
    {
        var id = new Argument<string>("MESSAGE_ID") { Description = "The SQS message id, as 'list' prints it." };
        var (queue, urls, max) = (QueueOption(required: false), QueueUrlOption(), MaxOption(1000));
        var command = new Command(
            "show",
            "Show one message in full: every attribute, and the body with URL query strings removed and phone numbers masked. " + NoConsumeNote)
        {
            id, queue, urls, max,
        };
        command.Action = new DeadLetterCommandAction(contexts, async (parse, context, ct) =>
        {
            var queues = await DeadLetterQueues.ResolveAsync(context, parse.GetValue(stage)!, parse.GetValue(queue), parse.GetValue(urls) ?? [], ct);
            return await new DeadLetterInspector(context).ShowAsync(queues, parse.GetValue(id)!, parse.GetValue(max), ct);
        });
        return command;
    }

    private static Command Redrive(Option<string> stage, Func<DeadLetterContext> contexts)
    {
        var all = new Option<bool>("--all") { Description = "Move every message." };
        var ids = new Option<string[]>("--id") { Description = "Move the message with this SQS id (repeat for more)." };
        var queue = QueueOption(required: true);
        var to = new Option<string?>("--to-queue-url") { Description = "Send to this queue instead of the one the DLQ serves (for example the retry DLQ straight to the fax queue)." };
        var force = new Option<bool>("--force") { Description = "Also move messages that are not valid fax requests, or have no message group for a FIFO queue." };
        var max = MaxOption(1000, "With --id: read at most this many messages looking for them.");
        var command = new Command(
            "redrive",
            "Move messages back to the queue the DLQ serves (fax DLQ to fax queue, retry to retry, webhook to webhook). On the FIFO fax queue a message keeps " +
            "its message group and gets a deduplication id of its own, so content-based deduplication cannot drop it. Each message is sent first and deleted " +
            "from the DLQ second: a failure never loses one, a crash between the two may leave it in both.")
        {
            all, ids, queue, to, force, max,
        };
        command.Action = new DeadLetterCommandAction(contexts, async (parse, context, ct) =>
        {
            var chosen = parse.GetValue(ids) ?? [];
            if (parse.GetValue(all) == chosen.Length > 0)
            {
                throw new DeadLetterUsageException("Give either --all or at least one --id.");
            }

            var from = await DeadLetterQueue.ResolveAsync(context.Sqs, parse.GetValue(stage)!, DeadLetterTopology.Parse(parse.GetValue(queue)!), ct);
            var target = await DeadLetterQueues.TargetAsync(context, parse.GetValue(stage)!, from, parse.GetValue(to), ct);
            var selection = chosen.Length > 0 ? RedriveSelection.Only(chosen) : RedriveSelection.Everything;
            return await new DeadLetterRedriver(context).RedriveAsync(from, target, selection, parse.GetValue(force), parse.GetValue(max), ct);
        });
        return command;
    }

    private static Command Purge(Option<string> stage, Func<DeadLetterContext> contexts)
    {
        var queue = QueueOption(required: true);
        var yes = new Option<bool>("--yes") { Description = "Do not ask; required when standard input is not a terminal." };
        var command = new Command("purge", "Delete every message in a dead-letter queue, for good. Asks you to type the queue's name first unless --yes.")
        {
            queue, yes,
        };
        command.Action = new DeadLetterCommandAction(contexts, async (parse, context, ct) =>
        {
            var target = await DeadLetterQueue.ResolveAsync(context.Sqs, parse.GetValue(stage)!, DeadLetterTopology.Parse(parse.GetValue(queue)!), ct);
            return await new DeadLetterPurger(context).PurgeAsync(target, parse.GetValue(yes), ct);
        });
        return command;
    }

    private static Option<string?> QueueOption(bool required)
    {
        var option = new Option<string?>("--queue")
        {
            Description = required ? "Which dead-letter queue." : "Only this dead-letter queue (default: all three).",
            Required = required,
        };
        option.AcceptOnlyFromAmong(DeadLetterTopology.Names);
        return option;
    }

    private static Option<string[]> QueueUrlOption() => new("--queue-url")
    {
        Description = "Read this queue URL instead of the stage's dead-letter queues (repeat for more).",
    };

    private static Option<int> MaxOption(int defaultValue, string? description = null)
    {
        var option = new Option<int>("--max")
        {
            Description = description ?? "Read at most this many messages from each queue.",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max must be at least 1");
            }
        });
        return option;
    }
}
