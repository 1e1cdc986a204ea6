namespace FaxGateway.Core.Hosting;

/// <summary>The three queues the gateway consumes, each with its own processor.</summary>
public enum QueueRole
{
    /// <summary>The FIFO fax queue, consumed by the fax processor.</summary>
    Fax,

    /// <summary>The delayed retry queue, consumed by the retry processor.</summary>
    Retry,

    /// <summary>The webhook queue, consumed by the webhook processor.</summary>
    Webhook,
}
