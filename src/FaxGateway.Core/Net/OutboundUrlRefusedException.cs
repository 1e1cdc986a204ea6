namespace FaxGateway.Core.Net;

/// <summary>
/// A URL the gateway was given leads somewhere it must not connect to. Never retried: the
/// same URL would be refused again.
/// </summary>
public sealed class OutboundUrlRefusedException : Exception
{
    public OutboundUrlRefusedException()
    {
    }

    public OutboundUrlRefusedException(string message)
        : base(message)
    {
    }

    public OutboundUrlRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Finds a refusal anywhere in <paramref name="exception"/>'s chain (HttpClient wraps it).</summary>
    public static OutboundUrlRefusedException? In(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is OutboundUrlRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
