using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Scheduling;

/// <summary>When the carrier is asked for a fax's status while an attempt is on the line.</summary>
public sealed record PollingSettings
{
    /// <summary>
    /// <c>FAX_POLL_MODE</c>: adaptive or fixed.
    /// <value>The default value is adaptive.</value>
    /// </summary>
    public PollMode Mode { get; init; } = PollMode.Adaptive;

    /// <summary>
    /// How long one page is expected to hold the line (<c>FAX_PAGE_SECONDS</c>), from which the
    /// adaptive mode expects a fax's end.
    /// <value>The default value is 60 seconds.</value>
    /// </summary>
    public TimeSpan ExpectedPageTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The polling settings with every default.</summary>
    public static PollingSettings Default { get; } = new();

    /// <summary>Binds the polling settings through <paramref name="reader"/>.</summary>
    public static PollingSettings Read(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new PollingSettings
        {
            Mode = reader.Choice("FAX_POLL_MODE", "adaptive", "adaptive", "fixed") == "fixed" ? PollMode.Fixed : PollMode.Adaptive,
            ExpectedPageTime = reader.Seconds("FAX_PAGE_SECONDS", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10)),
        };
    }
}
