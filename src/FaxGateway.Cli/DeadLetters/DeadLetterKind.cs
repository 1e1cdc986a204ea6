namespace FaxGateway.Cli.DeadLetters;

/// <summary>The gateway's three dead-letter queues, named by the working queue each one serves.</summary>
internal enum DeadLetterKind
{
    Fax,
    Retry,
    Webhook,
}
