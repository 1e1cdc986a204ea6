namespace FaxGateway.Cli.DeadLetters;

/// <summary>The command cannot run as asked (a queue that does not exist, say); nothing was changed.</summary>
internal sealed class DeadLetterUsageException : Exception
{
    public DeadLetterUsageException()
    {
    }

    public DeadLetterUsageException(string message)
        : base(message)
    {
    }

    public DeadLetterUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
