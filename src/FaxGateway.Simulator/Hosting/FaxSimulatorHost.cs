using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Logging;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Simulator.Hosting;

/// <summary>
/// A running simulator on 127.0.0.1, for tests and demos in the same process:
/// <c>await using var sim = await FaxSimulatorHost.StartAsync(options);</c> then point the
/// gateway's carrier base URL (any of the four APIs) at <see cref="BaseUrl"/>. Disposing stops the server and every fax in flight.
/// </summary>
public sealed class FaxSimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Switchboard _switchboard;
    private readonly FaxRegistry _faxes;
    private int _disposed;

    private FaxSimulatorHost(WebApplication app)
    {
        _app = app;
        _switchboard = app.Services.GetRequiredService<Switchboard>();
        _faxes = app.Services.GetRequiredService<FaxRegistry>();
        Record = app.Services.GetRequiredService<SimulatorRecord>();
        Faults = app.Services.GetRequiredService<SimulatorFaults>();
        BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
    }

    /// <summary>Where the API listens, with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every API request and call attempt so far.</summary>
    public SimulatorRecord Record { get; }

    /// <summary>Switches that make the next requests meet rate limits, server errors or unknown statuses.</summary>
    public SimulatorFaults Faults { get; }

    /// <summary>
    /// Validates <paramref name="options"/> (an <see cref="ArgumentException"/> names the bad one)
    /// and starts listening. <paramref name="timeProvider"/> drives the fax model; pass a fake
    /// clock to step it from a test. Defaults to the system clock.
    /// </summary>
    public static async Task<FaxSimulatorHost> StartAsync(
        FaxSimulatorOptions options, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var app = SimulatorApplication.Build(options, timeProvider ?? TimeProvider.System);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var host = new FaxSimulatorHost(app);
        Log.SimulatorListening(app.Services.GetRequiredService<ILogger<FaxSimulatorHost>>(), host.BaseUrl);
        return host;
    }

    /// <summary>Scripts <paramref name="number"/> from now on; its dial-attempt count starts again.</summary>
    public void SetLine(string number, LineScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (!PhoneNumbers.IsE164(number))
        {
            throw new ArgumentException("The number must be E.164, such as +16175551234.", nameof(number));
        }

        _switchboard.SetScript(number, script);
    }

    /// <summary>Completes once the fax has been in <paramref name="status"/> (see <see cref="FaxStatuses"/>), even if it has moved on.</summary>
    public Task WaitForStatusAsync(string faxSid, string status, CancellationToken cancellationToken = default) =>
        Find(faxSid).WaitForStatusAsync(status, cancellationToken);

    /// <summary>Completes with the fax's final status: delivered, busy, no-answer, failed or canceled.</summary>
    public Task<string> WaitForFinalStatusAsync(string faxSid, CancellationToken cancellationToken = default) =>
        Find(faxSid).WaitForFinalStatusAsync(cancellationToken);

    /// <summary>Completes when the process is asked to stop (Ctrl+C, SIGTERM); for the command-line host.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) =>
        _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private SimulatedFax Find(string faxSid) =>
        _faxes.Find(faxSid) ?? throw new ArgumentException($"The simulator has no fax {faxSid}.", nameof(faxSid));
}
