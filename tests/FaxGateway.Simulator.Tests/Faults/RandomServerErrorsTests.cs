using System.Collections.Concurrent;
using System.Net;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Tests.Support;

namespace FaxGateway.Simulator.Tests.Faults;

/// <summary>The probabilistic server-error switch the fault-injection run uses.</summary>
public sealed class RandomServerErrorsTests(TestMediaServer media) : IClassFixture<TestMediaServer>
{
    private const string Number = "+16175550802";

    [Fact]
    public void RandomServerErrors_RateOne_HitsEveryRequestWithTheGivenCodes()
    {
        var faults = new SimulatorFaults();
        faults.RandomServerErrors(1.0, seed: 7, [502, 503]);

        var codes = Enumerable.Range(0, 200).Select(_ => faults.Take(isCreate: true, isRead: false)?.StatusCode).ToList();

        Assert.All(codes, code => Assert.Contains(code, new int?[] { 502, 503 }));
        Assert.Contains(502, codes);
        Assert.Contains(503, codes);
        Assert.Equal(200, faults.ServerErrorsInjected);
    }

    [Fact]
    public void RandomServerErrors_RateZero_SwitchesItOff()
    {
        var faults = new SimulatorFaults();
        faults.RandomServerErrors(1.0, seed: 7);
        faults.RandomServerErrors(0.0, seed: 7);

        Assert.Null(faults.Take(isCreate: false, isRead: true));
        Assert.Equal(0, faults.ServerErrorsInjected);
    }

    [Fact]
    public void RandomServerErrors_HitsAboutTheRequestedShare()
    {
        var faults = new SimulatorFaults();
        faults.RandomServerErrors(0.05, seed: 1);

        var hits = Enumerable.Range(0, 10_000).Count(_ => faults.Take(isCreate: false, isRead: true) is not null);

        Assert.InRange(hits, 400, 600);
        Assert.Equal(hits, faults.ServerErrorsInjected);
    }

    [Fact]
    public void RandomServerErrors_SameSeed_SameSequence()
    {
        Assert.Equal(Draws(seed: 42), Draws(seed: 42));
        Assert.NotEqual(Draws(seed: 42), Draws(seed: 43));
    }

    [Fact]
    public void RandomServerErrors_ConcurrentRequests_CountEveryHitOnce()
    {
        var faults = new SimulatorFaults();
        faults.RandomServerErrors(0.5, seed: 3, [500, 503]);
        var hits = new ConcurrentBag<int>();

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            if (faults.Take(isCreate: false, isRead: true) is { } fault)
            {
                hits.Add(fault.StatusCode);
            }
        });

        Assert.Equal(hits.Count, faults.ServerErrorsInjected);
        Assert.InRange(hits.Count, 9_000, 11_000);
        Assert.All(hits, code => Assert.True(code is 500 or 503));
    }

    [Fact]
    public void RandomServerErrors_OnCreatesOnly_LeavesReadsAlone()
    {
        var faults = new SimulatorFaults();
        faults.RandomServerErrors(1.0, seed: 5, target: FaultTarget.Create);

        Assert.Null(faults.Take(isCreate: false, isRead: true));
        Assert.NotNull(faults.Take(isCreate: true, isRead: false));
    }

    [Fact]
    public void RandomServerErrors_CountedSwitchesComeFirst()
    {
        var faults = new SimulatorFaults();
        faults.RandomServerErrors(1.0, seed: 5, [503]);
        faults.RateLimit(1, TimeSpan.FromSeconds(1));

        Assert.Equal(429, faults.Take(isCreate: true, isRead: false)?.StatusCode);
        Assert.Equal(503, faults.Take(isCreate: true, isRead: false)?.StatusCode);
        Assert.Equal(1, faults.ServerErrorsInjected);
    }

    [Theory]
    [InlineData(-0.1, 500)]
    [InlineData(1.1, 500)]
    [InlineData(0.5, 404)]
    [InlineData(0.5, 600)]
    public void RandomServerErrors_RejectsBadArguments(double rate, int statusCode)
    {
        var faults = new SimulatorFaults();

        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => faults.RandomServerErrors(rate, seed: 1, [statusCode]));
    }

    [Fact]
    public async Task RandomServerErrors_OverHttp_AnswersInTheApiShapeAndActsOnNothing()
    {
        await using var sim = await FakeClockSimulator.StartAsync();
        sim.Host.Faults.RandomServerErrors(1.0, seed: 9, [503]);

        var refused = await sim.Client.CreateAsync(Number, media.Pdf(1));
        sim.Host.Faults.RandomServerErrors(0.0, seed: 9);
        var created = await sim.Client.CreateAsync(Number, media.Pdf(1));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created), (refused.Status, created.Status));
        Assert.Equal([503, 201], sim.Host.Record.Requests.Select(r => r.StatusCode));
        Assert.Equal(1, sim.Host.Faults.ServerErrorsInjected);
    }

    private static List<int?> Draws(int seed)
    {
        var faults = new SimulatorFaults();
        faults.RandomServerErrors(0.3, seed, [500, 502, 503]);
        return [.. Enumerable.Range(0, 100).Select(_ => faults.Take(isCreate: false, isRead: true)?.StatusCode)];
    }
}
