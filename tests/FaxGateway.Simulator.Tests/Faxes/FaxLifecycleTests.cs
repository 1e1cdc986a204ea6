using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Recording;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Faxes;

public sealed class FaxLifecycleTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    private const string Number = "+16175550101";
    private static readonly TimeSpan Page = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Run_NormalLine_DeliveredWithPageCountAndDuration()
    {
        await using var sim = await FakeClockSimulator.StartAsync();

        var status = await sim.SendToEndAsync(Number, media.Pdf(3), 3 * Page);

        Assert.Equal(FaxStatuses.Delivered, status);
        var sid = sim.Host.Record.Calls.Single().FaxSid;
        var fax = await sim.Client.FetchAsync(sid);
        Assert.Equal(3, fax.Number("num_pages"));
        Assert.Equal(180, fax.Number("duration"));
        Assert.True(fax.IsNull("error_code"));
        Assert.True(fax.IsNull("error_message"));
    }

    [Fact]
    public async Task Run_FakeClock_StatusChangesOnlyWhenTimeAdvances()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var sid = await sim.Client.SendAsync(Number, media.Pdf(2));

        Assert.Equal(FaxStatuses.Queued, (await sim.Client.FetchAsync(sid)).Text("status"));
        sim.Clock.Advance(sim.Options.QueueDuration - TimeSpan.FromTicks(1));
        Assert.Equal(FaxStatuses.Queued, (await sim.Client.FetchAsync(sid)).Text("status"));

        await sim.AdvanceAsync(TimeSpan.FromTicks(1), FaxStatuses.Processing, sid);
        await sim.AdvanceAsync(sim.Options.ProcessingDuration, FaxStatuses.Sending, sid);
        sim.Clock.Advance((2 * Page) - TimeSpan.FromTicks(1));
        Assert.Equal(FaxStatuses.Sending, (await sim.Client.FetchAsync(sid)).Text("status"));
        Assert.Null(sim.Host.Record.Calls.Single().EndedAt);

        Assert.Equal(FaxStatuses.Delivered, await sim.FinishAsync(sid, TimeSpan.FromTicks(1)));
        var call = sim.Host.Record.Calls.Single();
        Assert.Equal(2 * Page, call.EndedAt - call.StartedAt);
    }

    [Fact]
    public async Task Run_TwoFaxesToOneNumberAtOnce_SecondIsBusyAndRecordShowsTwoSimultaneousCalls()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var first = await sim.Client.SendAsync(Number, media.Pdf(2));
        var second = await sim.Client.SendAsync(Number, media.Pdf(1));

        await sim.ToSendingAsync(first, second);
        sim.Clock.Advance(2 * Page);
        string[] statuses = [await sim.Host.WaitForFinalStatusAsync(first), await sim.Host.WaitForFinalStatusAsync(second)];

        Assert.Equal(new[] { FaxStatuses.Busy, FaxStatuses.Delivered }, statuses.Order());
        Assert.Equal(2, sim.Host.Record.MaxSimultaneousCalls(Number));
        var busy = Assert.Single(sim.Host.Record.Calls, call => call.Outcome == CallOutcome.Busy);
        Assert.Equal(BusyCause.OwnCall, busy.BusyCause);
    }

    [Fact]
    public async Task Run_FaxesToOneNumberOneAfterAnother_NeverTwoCallsAtOnce()
    {
        await using var sim = await FakeClockSimulator.StartAsync();

        var first = await sim.SendToEndAsync(Number, media.Pdf(1), Page);
        var second = await sim.SendToEndAsync(Number, media.Pdf(1), Page);

        Assert.Equal((FaxStatuses.Delivered, FaxStatuses.Delivered), (first, second));
        Assert.Equal(1, sim.Host.Record.MaxSimultaneousCalls(Number));
        Assert.Equal(2, sim.Host.Record.DeliveryCount(Number, media.Pdf(1).ToString()));
    }

    [Fact]
    public async Task Run_BackgroundBusyProbabilityOne_Busy()
    {
        await using var sim = await FakeClockSimulator.StartAsync(options => options.BackgroundBusyProbability = 1.0);

        var status = await sim.SendToEndAsync(Number, media.Pdf(1), sim.Options.BusyDuration);

        Assert.Equal(FaxStatuses.Busy, status);
        Assert.Equal(BusyCause.BackgroundTraffic, sim.Host.Record.Calls.Single().BusyCause);
    }

    [Fact]
    public async Task Run_AlwaysBusy_BusyAfterBusyDetectionTime()
    {
        await using var sim = await FakeClockSimulator.StartAsync(options => options.Lines[Number] = LineScript.AlwaysBusy());

        var status = await sim.SendToEndAsync(Number, media.Pdf(1), sim.Options.BusyDuration);

        Assert.Equal(FaxStatuses.Busy, status);
        var call = sim.Host.Record.Calls.Single();
        Assert.Equal((CallOutcome.Busy, BusyCause.Script, 0), (call.Outcome!.Value, call.BusyCause!.Value, call.PagesSent));
        Assert.Equal(sim.Options.BusyDuration, call.EndedAt - call.StartedAt);
    }

    [Fact]
    public async Task Run_NeverAnswers_NoAnswerExactlyAtRingTimeout()
    {
        await using var sim = await FakeClockSimulator.StartAsync(options => options.Lines[Number] = LineScript.NeverAnswers());
        var sid = await sim.Client.SendAsync(Number, media.Pdf(1));
        await sim.ToSendingAsync(sid);

        sim.Clock.Advance(sim.Options.RingTimeout - TimeSpan.FromTicks(1));
        Assert.Equal(FaxStatuses.Sending, (await sim.Client.FetchAsync(sid)).Text("status"));

        Assert.Equal(FaxStatuses.NoAnswer, await sim.FinishAsync(sid, TimeSpan.FromTicks(1)));
        Assert.Equal(0, (await sim.Client.FetchAsync(sid)).Number("duration"));
    }

    [Fact]
    public async Task Run_BusyThenAnswerTwo_BusyBusyThenDelivered()
    {
        await using var sim = await FakeClockSimulator.StartAsync(options => options.Lines[Number] = LineScript.BusyThenAnswer(2));
        var busy = sim.Options.BusyDuration;

        string[] statuses =
        [
            await sim.SendToEndAsync(Number, media.Pdf(1), busy),
            await sim.SendToEndAsync(Number, media.Pdf(1), busy),
            await sim.SendToEndAsync(Number, media.Pdf(1), Page),
        ];

        Assert.Equal(new[] { FaxStatuses.Busy, FaxStatuses.Busy, FaxStatuses.Delivered }, statuses);
    }

    [Fact]
    public async Task Run_NoAnswerThenAnswerOne_NoAnswerThenDelivered()
    {
        await using var sim = await FakeClockSimulator.StartAsync(options => options.Lines[Number] = LineScript.NoAnswerThenAnswer(1));

        var first = await sim.SendToEndAsync(Number, media.Pdf(1), sim.Options.RingTimeout);
        var second = await sim.SendToEndAsync(Number, media.Pdf(1), Page);

        Assert.Equal((FaxStatuses.NoAnswer, FaxStatuses.Delivered), (first, second));
    }

    [Fact]
    public async Task Run_FailAfterOnePage_FailsPartWayWithTransmissionError()
    {
        await using var sim = await FakeClockSimulator.StartAsync(options => options.Lines[Number] = LineScript.FailAfterPages(1));

        var status = await sim.SendToEndAsync(Number, media.Pdf(3), Page);

        Assert.Equal(FaxStatuses.Failed, status);
        var call = sim.Host.Record.Calls.Single();
        Assert.Equal((CallOutcome.Failed, 3, 1), (call.Outcome!.Value, call.Pages, call.PagesSent));
        var fax = await sim.Client.FetchAsync(call.FaxSid);
        Assert.Equal(34004, fax.Number("error_code"));
        Assert.Equal("transmission failed after 1 of 3 pages", fax.Text("error_message"));
        Assert.Equal(60, fax.Number("duration"));
    }

    [Fact]
    public async Task Run_FailAfterMorePagesThanTheFaxHas_Delivered()
    {
        await using var sim = await FakeClockSimulator.StartAsync(options => options.Lines[Number] = LineScript.FailAfterPages(5));

        var status = await sim.SendToEndAsync(Number, media.Pdf(2), 2 * Page);

        Assert.Equal(FaxStatuses.Delivered, status);
    }

    [Theory]
    [InlineData("missing", "media could not be fetched (HTTP 404)", 11200)]
    [InlineData("html", "media is not a valid PDF (no %PDF- header)", 12300)]
    [InlineData("damaged", "media is not a valid PDF (it cannot be read)", 12300)]
    public async Task Run_BadMedia_FailsWithoutDialling(string kind, string message, int code)
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var url = kind switch { "missing" => media.Missing, "html" => media.Html, _ => media.DamagedPdf };
        var sid = await sim.Client.SendAsync(Number, url);

        await sim.ToProcessingAsync(sid);
        var status = await sim.Host.WaitForFinalStatusAsync(sid, TestTimeout.Token());

        Assert.Equal(FaxStatuses.Failed, status);
        var fax = await sim.Client.FetchAsync(sid);
        Assert.Equal((code, message), (fax.Number("error_code")!.Value, fax.Text("error_message")));
        Assert.DoesNotContain(url.ToString(), fax.Body, StringComparison.Ordinal);
        Assert.Empty(sim.Host.Record.Calls);
    }

    [Fact]
    public async Task Run_MediaFetch_SendsNoCredentials()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        var sid = await sim.Client.SendAsync(Number, new Uri(media.Pdf(1), "?probe=credentials"));

        await sim.ToSendingAsync(sid);

        Assert.NotEmpty(media.AuthorizationHeaders);
        Assert.All(media.AuthorizationHeaders, header => Assert.Equal(string.Empty, header));
    }

    [Fact]
    public async Task Run_RealClockAtHighTimeScale_DeliveredInMilliseconds()
    {
        var options = new FaxSimulatorOptions { TimeScale = 2000 };
        await using var host = await FaxSimulatorHost.StartAsync(options);
        using var client = new SimulatorClient(host.BaseUrl);

        var sid = await client.SendAsync(Number, media.Pdf(2));
        var status = await host.WaitForFinalStatusAsync(sid, TestTimeout.Token());

        Assert.Equal(FaxStatuses.Delivered, status);
        var fax = await client.FetchAsync(sid);
        Assert.Equal((2, 120), (fax.Number("num_pages")!.Value, fax.Number("duration")!.Value));
    }
}
