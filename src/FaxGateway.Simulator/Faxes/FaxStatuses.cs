namespace FaxGateway.Simulator.Faxes;

/// <summary>
/// Twilio's outbound fax statuses, in wire form
/// (https://www.twilio.com/docs/fax/api/fax-resource). Order: queued, processing, sending, then one final status.
/// </summary>
public static class FaxStatuses
{
    /// <summary>Accepted, waiting to be processed.</summary>
    public const string Queued = "queued";

    /// <summary>Media being downloaded and checked.</summary>
    public const string Processing = "processing";

    /// <summary>The call is placed: ringing, busy detection or pages going out. Too late to cancel.</summary>
    public const string Sending = "sending";

    /// <summary>Every page reached the receiving machine.</summary>
    public const string Delivered = "delivered";

    /// <summary>The line rang out.</summary>
    public const string NoAnswer = "no-answer";

    /// <summary>The line was busy.</summary>
    public const string Busy = "busy";

    /// <summary>Bad media, or the call dropped part-way.</summary>
    public const string Failed = "failed";

    /// <summary>Canceled through the API before the call was placed.</summary>
    public const string Canceled = "canceled";

    /// <summary>Whether <paramref name="status"/> is one a fax never leaves.</summary>
    public static bool IsFinal(string status) =>
        status is Delivered or NoAnswer or Busy or Failed or Canceled;
}
