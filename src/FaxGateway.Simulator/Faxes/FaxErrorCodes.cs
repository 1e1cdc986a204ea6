namespace FaxGateway.Simulator.Faxes;

/// <summary>
/// The <c>error_code</c> values a failed fax carries (SignalWire's fields on Twilio's resource).
/// Twilio's codes where one fits, named once here.
/// </summary>
internal static class FaxErrorCodes
{
    /// <summary>Twilio 11200 "HTTP retrieval failure": the media URL was unreachable or did not answer 2xx.</summary>
    public const int MediaNotFetched = 11200;

    /// <summary>Twilio 12300 "Invalid Content-Type", the nearest code for media that is not a readable PDF.</summary>
    public const int MediaNotPdf = 12300;

    /// <summary>Twilio 34004 "error during transmission" (providers.md §1): the call dropped part-way.</summary>
    public const int TransmissionFailed = 34004;

    /// <summary>Twilio 21211 "Invalid 'To' Phone Number": the number is not in service.</summary>
    public const int NumberNotInService = 21211;

    /// <summary>Twilio 20500 "Internal Server Error": a bug in the simulator, logged with its exception.</summary>
    public const int SimulatorFault = 20500;
}
