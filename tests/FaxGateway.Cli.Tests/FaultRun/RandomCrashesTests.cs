using FaxGateway.Cli.FaultRun;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;

namespace FaxGateway.Cli.Tests.FaultRun;

public sealed class RandomCrashesTests
{
    [Fact]
    public void At_RateOne_KillsTheFirstRunAtEachPointOnly()
    {
        var crashes = new RandomCrashes(1.0, seed: 1);
        var fax = Fax("f-1");

        var crash = Assert.Throws<SimulatedCrashException>(() => crashes.At(FaultPoint.AfterSend, fax));
        crashes.At(FaultPoint.AfterSend, fax);
        Assert.Throws<SimulatedCrashException>(() => crashes.At(FaultPoint.AfterSend, fax.NextAttempt()));

        Assert.Equal(FaultPoint.AfterSend, crash.Point);
        Assert.Equal(2, crashes.KillsByPoint[FaultPoint.AfterSend]);
        Assert.Equal(0, crashes.KillsByPoint[FaultPoint.MidPoll]);
        Assert.Equal(2, crashes.Attempts);
        Assert.Equal([1, 2], crashes.CrashesOf("f-1").Select(c => c.Attempt));
    }

    [Fact]
    public void At_RateZero_NeverKills()
    {
        var crashes = new RandomCrashes(0.0, seed: 1);

        foreach (var point in Enum.GetValues<FaultPoint>())
        {
            crashes.At(point, Fax("f-1"));
        }

        Assert.Equal(0, crashes.Kills);
        Assert.Equal(1, crashes.Attempts);
    }

    [Fact]
    public void At_KillsAboutTheRequestedShare_TheSameRunsForTheSameSeed()
    {
        var first = Killed(new RandomCrashes(0.1, seed: 5));
        var again = Killed(new RandomCrashes(0.1, seed: 5));
        var other = Killed(new RandomCrashes(0.1, seed: 6));

        Assert.InRange(first.Count, 300, 500);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void At_ConcurrentRunsOfOneMessage_KillOnlyOne()
    {
        var crashes = new RandomCrashes(1.0, seed: 1);
        var killed = 0;

        Parallel.For(0, 64, _ =>
        {
            try
            {
                crashes.At(FaultPoint.MidPoll, Fax("f-1"));
            }
            catch (SimulatedCrashException)
            {
                Interlocked.Increment(ref killed);
            }
        });

        Assert.Equal(1, killed);
        Assert.Equal(1, crashes.Kills);
    }

    private static List<string> Killed(RandomCrashes crashes)
    {
        var killed = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            foreach (var point in Enum.GetValues<FaultPoint>())
            {
                try
                {
                    crashes.At(point, Fax($"f-{i}"));
                }
                catch (SimulatedCrashException)
                {
                    killed.Add($"f-{i}/{point}");
                }
            }
        }

        return killed;
    }

    private static Fax Fax(string faxId) => new(faxId, "+16175550101", "https://media.example/f.pdf", "https://callbacks.example/c");
}
