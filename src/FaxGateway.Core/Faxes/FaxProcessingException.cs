namespace FaxGateway.Core.Faxes;

/// <summary>
/// A fax attempt could not be carried through because infrastructure failed (carrier API, SQS).
/// The message names the fax and the attempt; the cause is the inner exception. The host lets
/// SQS redeliver the message.
/// </summary>
public sealed class FaxProcessingException : Exception
{
    public FaxProcessingException()
    {
    }

    public FaxProcessingException(string message)
        : base(message)
    {
    }

    public FaxProcessingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
