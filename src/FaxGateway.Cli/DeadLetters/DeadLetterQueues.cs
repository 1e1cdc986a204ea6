using FaxGateway.Core.Queues;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// Turns what the operator typed into queues: a stage's dead-letter queues by kind (names from
/// <see cref="QueueTopology.ForStage"/>, URLs from SQS), explicit URLs, or a redrive's target.
/// </summary>
internal static class DeadLetterQueues
{
    /// <summary>The queues named by <paramref name="urls"/>, or else the stage's DLQ of <paramref name="kind"/> (all three when null).</summary>
    public static async Task<IReadOnlyList<DeadLetterQueue>> ResolveAsync(
        DeadLetterContext context, string stage, string? kind, IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(urls);
        if (urls.Count > 0)
        {
            return kind is null
                ? [.. urls.Select(url => DeadLetterQueue.FromUrl(ParseUrl(url, "--queue-url")))]
                : throw new DeadLetterUsageException("Give --queue or --queue-url, not both.");
        }

        var kinds = kind is null ? Enum.GetValues<DeadLetterKind>() : [DeadLetterTopology.Parse(kind)];
        var queues = new List<DeadLetterQueue>();
        foreach (var each in kinds)
        {
            queues.Add(await DeadLetterQueue.ResolveAsync(context.Sqs, stage, each, cancellationToken));
        }

        return queues;
    }

    /// <summary>
    /// Where a redrive from <paramref name="from"/> goes: <paramref name="url"/> when given, else
    /// the stage's working queue that the DLQ serves (fax DLQ → fax queue, and so on).
    /// </summary>
    public static async Task<RedriveTarget> TargetAsync(
        DeadLetterContext context, string stage, DeadLetterQueue from, string? url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(from);
        var expectsFax = from.Kind is DeadLetterKind.Fax or DeadLetterKind.Retry;
        if (url is not null)
        {
            var target = RedriveTarget.FromUrl(ParseUrl(url, "--to-queue-url"), expectsFax);
            return target.Url == from.Url
                ? throw new DeadLetterUsageException("--to-queue-url is the dead-letter queue itself.")
                : target;
        }

        var source = DeadLetterTopology.Source(QueueTopology.ForStage(stage), from.Kind!.Value);
        return new RedriveTarget(source.Name, await DeadLetterQueue.ResolveUrlAsync(context.Sqs, source.Name, cancellationToken), expectsFax);
    }

    private static Uri ParseUrl(string value, string option) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw new DeadLetterUsageException($"{option} must be a queue URL such as https://sqs.us-west-2.amazonaws.com/123456789012/fax-gateway-prod-fax-dlq.fifo");
}
