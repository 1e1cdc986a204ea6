using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Scheduling;

/// <summary>When the carrier is asked for a fax's status while an attempt is on the line.</summary>
public sealed record PollingSettings
{
    /// <summary>The longest page or set-up time accepted: far beyond any real line, short of nonsense.</summary>
    public static readonly TimeSpan LongestLineTime = TimeSpan.FromMinutes(10);

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

    /// <summary>
    /// How long the carrier takes from accepting a fax to its first page (<c>FAX_SETUP_SECONDS</c>):
    /// queueing, fetching and converting the document, dialling, the fax handshake. Null (unset)
    /// means a twentieth of <see cref="ExpectedPageTime"/>, so a scaled-down page time (tests, the
    /// demo, the bench) scales it too.
    /// <value>The default value is null: 3 seconds at 60-second pages.</value>
    /// </summary>
    public TimeSpan? SetupTime { get; init; }

    /// <summary><see cref="SetupTime"/>, or its default derived from <see cref="ExpectedPageTime"/>.</summary>
    public TimeSpan ExpectedSetupTime => SetupTime ?? ExpectedPageTime / 20;

    /// <summary>The polling settings with every default.</summary>
    public static PollingSettings Default { get; } = new();

    /// <summary>Binds the polling settings through <paramref name="reader"/>.</summary>
    public static PollingSettings Read(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new PollingSettings
        {
            Mode = reader.Choice("FAX_POLL_MODE", "adaptive", "adaptive", "fixed") == "fixed" ? PollMode.Fixed : PollMode.Adaptive,
            ExpectedPageTime = reader.Seconds("FAX_PAGE_SECONDS", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(10), LongestLineTime),
            SetupTime = reader.OptionalString("FAX_SETUP_SECONDS") is null
                ? null
                : reader.Seconds("FAX_SETUP_SECONDS", TimeSpan.Zero, TimeSpan.Zero, LongestLineTime),
        };
    }
}
