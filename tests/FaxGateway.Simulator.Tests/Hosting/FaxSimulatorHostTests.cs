using System.Net;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Hosting;

public sealed class FaxSimulatorHostTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    private const string Number = "+16175550101";

    [Fact]
    public async Task StartAsync_PortZero_ListensOnLoopbackWithTrailingSlash()
    {
        await using var sim = await FaxSimulatorHost.StartAsync(new FaxSimulatorOptions());

        Assert.Equal("127.0.0.1", sim.BaseUrl.Host);
        Assert.NotEqual(0, sim.BaseUrl.Port);
        Assert.EndsWith("/", sim.BaseUrl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_Anonymous_Returns200()
    {
        await using var sim = await FaxSimulatorHost.StartAsync(new FaxSimulatorOptions());
        using var anonymous = new SimulatorClient(sim.BaseUrl, authToken: null);

        var response = await anonymous.GetAsync("_sim/health");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("ok", response.Text("status"));
    }

    [Fact]
    public async Task StartAsync_CustomCredentials_OnlyThoseAreAccepted()
    {
        var options = new FaxSimulatorOptions { AccountSid = "ACfeedfeedfeedfeedfeedfeedfeedfeed", AuthToken = "custom" };
        await using var sim = await FaxSimulatorHost.StartAsync(options);
        using var custom = new SimulatorClient(sim.BaseUrl, options.AccountSid, options.AuthToken);
        using var defaults = new SimulatorClient(sim.BaseUrl);

        Assert.Equal(HttpStatusCode.OK, (await custom.GetAsync("v1/Faxes")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await defaults.GetAsync("v1/Faxes")).Status);
    }

    [Theory]
    [InlineData(nameof(FaxSimulatorOptions.TimeScale))]
    [InlineData(nameof(FaxSimulatorOptions.BackgroundBusyProbability))]
    [InlineData(nameof(FaxSimulatorOptions.AuthToken))]
    [InlineData(nameof(FaxSimulatorOptions.Lines))]
    public async Task StartAsync_InvalidOption_ThrowsNamingIt(string name)
    {
        var options = new FaxSimulatorOptions();
        switch (name)
        {
            case nameof(FaxSimulatorOptions.TimeScale): options.TimeScale = 0; break;
            case nameof(FaxSimulatorOptions.BackgroundBusyProbability): options.BackgroundBusyProbability = 2; break;
            case nameof(FaxSimulatorOptions.AuthToken): options.AuthToken = " "; break;
            default: options.Lines["555-0101"] = LineScript.AlwaysBusy(); break;
        }

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => FaxSimulatorHost.StartAsync(options));

        Assert.Equal(name, exception.ParamName);
    }

    [Fact]
    public async Task SetLine_AtRunTime_NextFaxFollowsTheNewScript()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        Assert.Equal(FaxStatuses.Delivered, await sim.SendToEndAsync(Number, media.Pdf(1), TimeSpan.FromSeconds(60)));

        sim.Host.SetLine(Number, LineScript.AlwaysBusy());

        Assert.Equal(FaxStatuses.Busy, await sim.SendToEndAsync(Number, media.Pdf(1), sim.Options.BusyDuration));
    }

    [Fact]
    public async Task SetLine_NotE164_Throws()
    {
        await using var sim = await FaxSimulatorHost.StartAsync(new FaxSimulatorOptions());

        Assert.Throws<ArgumentException>(() => sim.SetLine("6175550101", LineScript.AlwaysBusy()));
    }

    [Fact]
    public async Task WaitForFinalStatusAsync_UnknownSid_Throws()
    {
        await using var sim = await FaxSimulatorHost.StartAsync(new FaxSimulatorOptions());

        await Assert.ThrowsAsync<ArgumentException>(() => sim.WaitForFinalStatusAsync("FX0"));
    }

    [Fact]
    public async Task DisposeAsync_WithFaxInFlight_StopsListeningAndEndsCleanly()
    {
        var sim = await FakeClockSimulator.StartAsync();
        var baseUrl = sim.Host.BaseUrl;
        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));
        await sim.ToSendingAsync(sid);

        await sim.DisposeAsync();

        Assert.Equal(Simulator.Recording.CallOutcome.Canceled, sim.Host.Record.Calls.Single().Outcome);
        using var client = new SimulatorClient(baseUrl);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("_sim/health"));
    }
}
