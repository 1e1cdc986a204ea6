using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Tests.Support;

/// <summary>
/// A simulator whose fax model runs on a <see cref="FakeTimeProvider"/> with the real-world
/// durations (time scale 1), stepped phase by phase. The simulator publishes a status only after
/// arming that status's timer, so "wait until sending, then advance" is race-free.
/// </summary>
internal sealed class FakeClockSimulator : IAsyncDisposable
{
    private FakeClockSimulator(FakeTimeProvider clock, FaxSimulatorOptions options, FaxSimulatorHost host)
    {
        Clock = clock;
        Options = options;
        Host = host;
        Client = new SimulatorClient(host.BaseUrl, options.AccountSid, options.AuthToken);
    }

    public FakeTimeProvider Clock { get; }

    public FaxSimulatorOptions Options { get; }

    public FaxSimulatorHost Host { get; }

    public SimulatorClient Client { get; }

    public static async Task<FakeClockSimulator> StartAsync(Action<FaxSimulatorOptions>? configure = null)
    {
        var options = new FaxSimulatorOptions();
        configure?.Invoke(options);
        var clock = new FakeTimeProvider();
        var host = await FaxSimulatorHost.StartAsync(options, clock);
        return new FakeClockSimulator(clock, options, host);
    }

    /// <summary>Ends the queue wait of the given faxes and waits until each is processing.</summary>
    public Task ToProcessingAsync(params string[] sids) => AdvanceAsync(Options.QueueDuration, FaxStatuses.Processing, sids);

    /// <summary>From queued, takes the given faxes through processing until each has placed its call.</summary>
    public async Task ToSendingAsync(params string[] sids)
    {
        await ToProcessingAsync(sids);
        await AdvanceAsync(Options.ProcessingDuration, FaxStatuses.Sending, sids);
    }

    /// <summary>Advances the clock by <paramref name="by"/> and returns the fax's final status.</summary>
    public async Task<string> FinishAsync(string sid, TimeSpan by)
    {
        Clock.Advance(by);
        return await Host.WaitForFinalStatusAsync(sid, TestTimeout.Token());
    }

    /// <summary>Sends a fax and takes it all the way to its final status.</summary>
    public async Task<string> SendToEndAsync(string to, Uri mediaUrl, TimeSpan callDuration)
    {
        var sid = await Client.SendAsync(to, mediaUrl);
        await ToSendingAsync(sid);
        return await FinishAsync(sid, callDuration);
    }

    public async Task AdvanceAsync(TimeSpan by, string status, params string[] sids)
    {
        Clock.Advance(by);
        foreach (var sid in sids)
        {
            await Host.WaitForStatusAsync(sid, status, TestTimeout.Token());
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
