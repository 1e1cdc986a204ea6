using FaxGateway.Simulator.Lines;

namespace FaxGateway.Simulator.Hosting;

/// <summary>
/// How the simulator behaves: its credentials, the timing of its fax model and its scripted
/// lines. Durations are real-world figures; <see cref="TimeScale"/> divides every one of them.
/// </summary>
public sealed class FaxSimulatorOptions
{
    /// <summary>A Twilio-shaped account SID ("AC" and 32 hex digits) that is obviously not real.</summary>
    public const string DefaultAccountSid = "AC0123456789abcdef0123456789abcdef";

    /// <summary>The auth token used when none is given; fine for local tests only.</summary>
    public const string DefaultAuthToken = "simulator-auth-token";

    /// <summary>SignalWire project id the simulator accepts: UUID-shaped, obviously not real.</summary>
    public const string DefaultSignalWireProjectId = "00000000-0000-4000-8000-00000000f4a5";

    /// <summary>SignalWire API token the simulator accepts; fine for local tests only.</summary>
    public const string DefaultSignalWireApiToken = "simulator-signalwire-token";

    /// <summary>Telnyx API v2 key the simulator accepts; fine for local tests only.</summary>
    public const string DefaultTelnyxApiKey = "KEYsimulator-telnyx-key";

    /// <summary>The Telnyx Fax Application (<c>connection_id</c>) the simulator knows.</summary>
    public const string DefaultTelnyxConnectionId = "1684641123236054244";

    /// <summary>Sinch project id the simulator accepts.</summary>
    public const string DefaultSinchProjectId = "simulator-project";

    /// <summary>Sinch access key id the simulator accepts.</summary>
    public const string DefaultSinchKeyId = "simulator-key-id";

    /// <summary>Sinch access key secret the simulator accepts; fine for local tests only.</summary>
    public const string DefaultSinchKeySecret = "simulator-key-secret";

    /// <summary>A fax page takes about a minute to transmit (the original README's figure).</summary>
    public static readonly TimeSpan DefaultPageDuration = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The Basic-auth user, echoed as <c>account_sid</c>.
    /// <value>The default value is <see cref="DefaultAccountSid"/>.</value>
    /// </summary>
    public string AccountSid { get; set; } = DefaultAccountSid;

    /// <summary>
    /// The Basic-auth password. Never logged or echoed.
    /// <value>The default value is <see cref="DefaultAuthToken"/>.</value>
    /// </summary>
    public string AuthToken { get; set; } = DefaultAuthToken;

    /// <summary>SignalWire's Basic-auth user and <c>Accounts/{id}</c> path segment.</summary>
    public string SignalWireProjectId { get; set; } = DefaultSignalWireProjectId;

    /// <summary>SignalWire's Basic-auth password. Never logged or echoed.</summary>
    public string SignalWireApiToken { get; set; } = DefaultSignalWireApiToken;

    /// <summary>Telnyx's Bearer key. Never logged or echoed.</summary>
    public string TelnyxApiKey { get; set; } = DefaultTelnyxApiKey;

    /// <summary>The only <c>connection_id</c> Telnyx sends accept.</summary>
    public string TelnyxConnectionId { get; set; } = DefaultTelnyxConnectionId;

    /// <summary>Sinch's <c>projects/{id}</c> path segment.</summary>
    public string SinchProjectId { get; set; } = DefaultSinchProjectId;

    /// <summary>Sinch's Basic-auth user (the access key id).</summary>
    public string SinchKeyId { get; set; } = DefaultSinchKeyId;

    /// <summary>Sinch's Basic-auth password (the access key secret). Never logged or echoed.</summary>
    public string SinchKeySecret { get; set; } = DefaultSinchKeySecret;

    /// <summary>
    /// The loopback port to listen on; 0 picks a free one (read it from <see cref="FaxSimulatorHost.BaseUrl"/>).
    /// <value>The default value is 0.</value>
    /// </summary>
    public int Port { get; set; }

    /// <summary>
    /// How much faster than real time the model runs: every duration below is divided by it,
    /// so 60 makes a page take one second. The <c>duration</c> field still reports real-world seconds.
    /// <value>The default value is 1.</value>
    /// </summary>
    public double TimeScale { get; set; } = 1;

    /// <summary>
    /// Transmission time of one page.
    /// <value>The default value is 60 seconds.</value>
    /// </summary>
    public TimeSpan PageDuration { get; set; } = DefaultPageDuration;

    /// <summary>
    /// How long a new fax stays <c>queued</c> before processing starts.
    /// <value>The default value is 1 second.</value>
    /// </summary>
    public TimeSpan QueueDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The least time a fax spends <c>processing</c> (media download and transcoding), however fast the download.
    /// <value>The default value is 2 seconds.</value>
    /// </summary>
    public TimeSpan ProcessingDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long an unanswered line rings before the attempt ends <c>no-answer</c>.
    /// <value>The default value is 45 seconds.</value>
    /// </summary>
    public TimeSpan RingTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>
    /// How long it takes to detect a busy signal before the attempt ends <c>busy</c>.
    /// <value>The default value is 3 seconds.</value>
    /// </summary>
    public TimeSpan BusyDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Wall-clock limit on downloading the media. Not scaled: the download is real network I/O,
    /// and a fake clock that jumps hours ahead must not time it out.
    /// <value>The default value is 10 seconds.</value>
    /// </summary>
    public TimeSpan MediaFetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Chance (0 to 1) that a dial finds the line busy because someone else is using it.
    /// <value>The default value is 0.</value>
    /// </summary>
    public double BackgroundBusyProbability { get; set; }

    /// <summary>
    /// Seed of the random source behind <see cref="BackgroundBusyProbability"/>, so a run can be repeated.
    /// <value>The default value is 1.</value>
    /// </summary>
    public int RandomSeed { get; set; } = 1;

    /// <summary>
    /// Level for the simulator's own log events; ASP.NET Core and Kestrel log warnings only.
    /// <value>The default value is <see cref="LogLevel.Warning"/>, quiet for tests.</value>
    /// </summary>
    public LogLevel LogLevel { get; set; } = LogLevel.Warning;

    /// <summary>Scripted behaviour per destination number (E.164); unlisted numbers behave normally.</summary>
    public IDictionary<string, LineScript> Lines { get; } = new Dictionary<string, LineScript>(StringComparer.Ordinal);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    internal void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(AccountSid), nameof(AccountSid), "must not be empty");
        Require(!string.IsNullOrWhiteSpace(AuthToken), nameof(AuthToken), "must not be empty");
        foreach (var (name, value) in new[]
        {
            (nameof(SignalWireProjectId), SignalWireProjectId), (nameof(SignalWireApiToken), SignalWireApiToken),
            (nameof(TelnyxApiKey), TelnyxApiKey), (nameof(TelnyxConnectionId), TelnyxConnectionId),
            (nameof(SinchProjectId), SinchProjectId), (nameof(SinchKeyId), SinchKeyId), (nameof(SinchKeySecret), SinchKeySecret),
        })
        {
            Require(!string.IsNullOrWhiteSpace(value), name, "must not be empty");
        }

        Require(Port is >= 0 and <= 65535, nameof(Port), "must be 0 (any free port) to 65535");
        Require(double.IsFinite(TimeScale) && TimeScale > 0, nameof(TimeScale), "must be a positive number");
        Require(BackgroundBusyProbability is >= 0 and <= 1, nameof(BackgroundBusyProbability), "must be from 0 to 1");
        RequireNotNegative(PageDuration, nameof(PageDuration));
        RequireNotNegative(QueueDuration, nameof(QueueDuration));
        RequireNotNegative(ProcessingDuration, nameof(ProcessingDuration));
        RequireNotNegative(RingTimeout, nameof(RingTimeout));
        RequireNotNegative(BusyDuration, nameof(BusyDuration));
        Require(MediaFetchTimeout > TimeSpan.Zero, nameof(MediaFetchTimeout), "must be positive");
        foreach (var (number, script) in Lines)
        {
            Require(PhoneNumbers.IsE164(number), nameof(Lines), $"has a number that is not E.164 ({PhoneNumbers.Mask(number)})");
            Require(script is not null, nameof(Lines), "has a number without a script");
        }
    }

    private static void RequireNotNegative(TimeSpan value, string name) =>
        Require(value >= TimeSpan.Zero, name, "must not be negative");

    private static void Require(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"FaxSimulatorOptions.{name} {problem}.", name);
        }
    }
}
