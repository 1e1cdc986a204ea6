namespace FaxGateway.Core.Faxes;

/// <summary>The wire names of <see cref="FaxStatus"/>, for logs and tools.</summary>
public static class FaxStatusNames
{
    public const string Sent = "sent";
    public const string TemporaryFailure = "tmp_fail";
    public const string PermanentFailure = "perm_fail";

    /// <summary>The name a callback carries for <paramref name="status"/>.</summary>
    public static string ToWire(this FaxStatus status) => status switch
    {
        FaxStatus.Sent => Sent,
        FaxStatus.TemporaryFailure => TemporaryFailure,
        FaxStatus.PermanentFailure => PermanentFailure,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown fax status"),
    };
}
