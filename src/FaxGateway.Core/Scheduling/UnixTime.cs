namespace FaxGateway.Core.Scheduling;

/// <summary>UNIX time in seconds with milliseconds as a fraction, the form of the scheduling fields on the wire.</summary>
public static class UnixTime
{
    /// <summary>The latest time the fields accept: the year 9999 is far past any deadline and still a valid date.</summary>
    public const double MaxSeconds = 253_402_300_799;

    public static DateTimeOffset FromSeconds(double seconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(Math.Clamp(seconds, 0, MaxSeconds) * 1000));

    public static double ToSeconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;
}
