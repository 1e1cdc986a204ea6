using FaxGateway.Cli.Benchmark;
using FaxGateway.Cli.Local;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Cli.Tests.Benchmark;

public sealed class RunFiguresTests
{
    private const double Speed = 60;
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly BenchFax FaxA = new("f-a", "+12125550100", 1, 2);
    private static readonly BenchFax FaxB = new("f-b", "+12125550101", 2, 1);

    [Fact]
    public void Build_ABusyThenDeliveredFaxAndAPermFail_TheFiguresInModelTime()
    {
        // Fax a: attempt 1 busy (ends at 1 s real), attempt 2 delivered (ends at 10 s real). Fax b: one no-answer, then perm_fail.
        Call[] calls =
        [
            new(FaxA, 0.5, 1, CallOutcome.Busy, BusyCause.BackgroundTraffic),
            new(FaxA, 8, 10, CallOutcome.Delivered),
            new(FaxB, 0.5, 2, CallOutcome.NoAnswer),
        ];
        var callbacks = new Dictionary<string, ReceivedCallback[]>
        {
            [FaxA.FaxId] = [Callback(FaxA, "tmp_fail", 1, 1.5), Callback(FaxA, "sent", 2, 10.5), Callback(FaxA, "sent", 2, 11)],
            [FaxB.FaxId] = [Callback(FaxB, "perm_fail", 1, 4)],
        };
        QueuedCallback[] queued = [new(FaxA.FaxId, "tmp_fail", 1, At(1.25)), new(FaxA.FaxId, "sent", 2, At(10.25)), new(FaxB.FaxId, "perm_fail", 1, At(3))];
        ApiRequestRecord[] requests =
        [
            new("POST", "/v2/faxes", 202, At(0)), new("GET", "/v2/faxes/x1", 200, At(1)),
            new("POST", "/v2/faxes", 202, At(7)), new("GET", "/v2/faxes/x2", 200, At(9)), new("GET", "/v2/faxes/x2", 200, At(10)),
            new("POST", "/v2/faxes", 202, At(0)), new("GET", "/v2/faxes/x3", 200, At(2)), new("GET", "/v2/faxes", 200, At(3)),
        ];

        var figures = RunFigures.Build("original", 0.2, Evidence(calls, callbacks, requests, queued), TimeSpan.FromMinutes(2));

        Assert.Equal((2, 1, 1, 0), (figures.Faxes, figures.Delivered, figures.PermanentlyFailed, figures.Unfinished));
        Assert.Equal(10.5 * Speed, figures.MakespanSeconds, 6);
        Assert.Equal(10 * Speed, figures.LastDeliverySeconds, 6);
        Assert.Equal(10.5 * Speed / 120, figures.MakespanOverLowerBound, 6);
        Assert.Equal((3, 3.0, 3, 1, 0, 1), (figures.CarrierFaxesCreated, figures.AttemptsPerDelivered, figures.Dials, figures.BusyDials, figures.SelfInflictedBusy, figures.NoAnswerDials));
        Assert.Equal(4, figures.StatusReads);
        Assert.Equal(4 / 3.0, figures.StatusReadsPerAttempt, 6);
        Assert.Equal([10 * Speed], figures.DeliveryTimes);

        // Call end to the first copy of each attempt's callback: 0.5, 0.5 and 2 real seconds.
        Assert.Equal(3, figures.ResultToCallbackReceived.Count);
        Assert.Equal(0.5 * Speed, figures.ResultToCallbackReceived.Median, 6);
        Assert.Equal((0.5 + (0.9 * 1.5)) * Speed, figures.ResultToCallbackReceived.P95, 6);
        Assert.Equal(0.25 * Speed, figures.ResultToCallbackQueued!.Median, 6);
        Assert.Equal(0, figures.UnpairedAttempts);
        Assert.True(figures.Passed);
    }

    [Fact]
    public void Build_SelfBusyDuplicateAndTwoCallsAtOnce_FailTheRun()
    {
        Call[] calls =
        [
            new(FaxA, 0, 5, CallOutcome.Delivered),
            new(FaxA, 4, 4.1, CallOutcome.Busy, BusyCause.OwnCall),
            new(FaxA, 6, 9, CallOutcome.Delivered),
        ];
        var callbacks = new Dictionary<string, ReceivedCallback[]>
        {
            [FaxA.FaxId] = [Callback(FaxA, "sent", 3, 9.5)],
            [FaxB.FaxId] = [],
        };

        var figures = RunFigures.Build("default", 0, Evidence(calls, callbacks, [], null), TimeSpan.FromMinutes(2));

        Assert.Equal((1, 1, 2, 1), (figures.SelfInflictedBusy, figures.Duplicates, figures.MostCallsAtOnceOnOneNumber, figures.Unfinished));
        Assert.Null(figures.ResultToCallbackQueued);
        Assert.Equal(3, figures.UnpairedAttempts);
        Assert.Equal(30 * Speed, figures.MakespanSeconds, 6);
        Assert.False(figures.Passed);
    }

    private static RunEvidence Evidence(Call[] calls, Dictionary<string, ReceivedCallback[]> callbacks, ApiRequestRecord[] requests, QueuedCallback[]? queued) => new()
    {
        Faxes = [FaxA, FaxB],
        MediaUrls = new Dictionary<string, string> { [FaxA.FaxId] = Url(FaxA), [FaxB.FaxId] = Url(FaxB) },
        CallbacksOf = faxId => callbacks.GetValueOrDefault(faxId) ?? [],
        Calls = [.. calls.Select(call => call.Record())],
        Requests = requests,
        Queued = queued,
        Start = Start,
        Speed = Speed,
        Usage = new ProcessUsage(TimeSpan.FromSeconds(3), 100 * 1024 * 1024),
        Wall = TimeSpan.FromSeconds(30),
    };

    private static DateTimeOffset At(double seconds) => Start.AddSeconds(seconds);

    private static string Url(BenchFax fax) => $"http://127.0.0.1:1/media/{fax.FaxId}.pdf?X-Amz-Expires=3600";

    private static ReceivedCallback Callback(BenchFax fax, string status, int attempt, double at) =>
        new(fax.FaxId, status, "message", 1_793_000_000, At(at), $"msg_{fax.FaxId}_{attempt}", attempt);

    private sealed record Call(BenchFax Fax, double From, double Until, CallOutcome Outcome, BusyCause? Cause = null)
    {
        public CallRecord Record() =>
            new($"FX{Fax.FaxId}{From}", Fax.To, Url(Fax), At(From), At(Until), Outcome, Cause, Fax.Pages, Outcome == CallOutcome.Delivered ? Fax.Pages : 0);
    }
}
