namespace FaxGateway.Cli.DeadLetters;

/// <summary>Where a redrive sends messages.</summary>
/// <param name="Name">The queue's name.</param>
/// <param name="Url">The queue's URL.</param>
/// <param name="ExpectsFax">Whether its consumer reads fax requests (the fax and retry queues), so an invalid one is refused without <c>--force</c>.</param>
internal sealed record RedriveTarget(string Name, Uri Url, bool ExpectsFax)
{
    public bool IsFifo => DeadLetterQueue.IsFifoName(Name);

    /// <summary>A queue given by URL.</summary>
    public static RedriveTarget FromUrl(Uri url, bool expectsFax)
    {
        var queue = DeadLetterQueue.FromUrl(url);
        return new RedriveTarget(queue.Name, url, expectsFax || queue.IsFifo);
    }
}
