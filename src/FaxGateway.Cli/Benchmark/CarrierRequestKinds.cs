using System.Text.RegularExpressions;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Cli.Benchmark;

/// <summary>
/// Tells the simulator's recorded requests apart, for any of its four APIs: a fax created
/// (a POST to the fax collection that succeeded) and a status read (a GET on one fax).
/// </summary>
internal static partial class CarrierRequestKinds
{
    /// <summary>A successful POST to a fax collection: Twilio, SignalWire, Telnyx or Sinch.</summary>
    public static bool IsFaxCreated(ApiRequestRecord request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == "POST" && request.StatusCode is >= 200 and < 300 && Collection().IsMatch(request.Path);
    }

    /// <summary>A GET on one fax's resource (not the list, not its media).</summary>
    public static bool IsStatusRead(ApiRequestRecord request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == "GET" && Resource().IsMatch(request.Path);
    }

    [GeneratedRegex(@"^/(v1/Faxes|v2/faxes|v3/projects/[^/]+/faxes|api/laml/2010-04-01/Accounts/[^/]+/Faxes\.json)/?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Collection();

    [GeneratedRegex(@"^/(v1/Faxes/[^/]+|v2/faxes/[^/]+|v3/projects/[^/]+/faxes/[^/]+|api/laml/2010-04-01/Accounts/[^/]+/Faxes/[^/]+\.json)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Resource();
}
