using FaxGateway.Cli.Benchmark;
using FaxGateway.Core.Faxes;

namespace FaxGateway.Cli.Tests.Benchmark;

public sealed class ElectionWeekWorkloadTests
{
    [Fact]
    public void Apportion_Default_BusiestGetsAbout5PercentSevenTimesTheMedian()
    {
        var counts = ElectionWeekWorkload.Apportion(1000, 100, 0.5);

        Assert.Equal(1000, counts.Sum());
        Assert.Equal(54, counts[0]);
        Assert.Equal(8, counts.Order().ElementAt(50));
        Assert.All(counts.Zip(counts.Skip(1)), pair => Assert.True(pair.First >= pair.Second, "counts must not grow with rank"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void Apportion_AnySkew_AddsUpExactly(double skew)
    {
        var counts = ElectionWeekWorkload.Apportion(997, 37, skew);

        Assert.Equal(997, counts.Sum());
        Assert.Equal(37, counts.Count);
    }

    [Fact]
    public void Apportion_NoSkew_SpreadsEvenly()
    {
        var counts = ElectionWeekWorkload.Apportion(1000, 100, 0);

        Assert.All(counts, count => Assert.Equal(10, count));
    }

    [Fact]
    public void Apportion_MoreSkew_MoreToTheBusiest()
    {
        Assert.True(ElectionWeekWorkload.Apportion(1000, 100, 0.6)[0] > ElectionWeekWorkload.Apportion(1000, 100, 0.5)[0]);
    }

    [Fact]
    public void NeverAnswerRanks_Default_MiddleRanksNeverTheBusiest()
    {
        Assert.Equal([11, 21, 31, 41, 51], ElectionWeekWorkload.NeverAnswerRanks(100, 5));
        Assert.Equal([4], ElectionWeekWorkload.NeverAnswerRanks(6, 1));
        Assert.Empty(ElectionWeekWorkload.NeverAnswerRanks(100, 0));
        Assert.DoesNotContain(1, ElectionWeekWorkload.NeverAnswerRanks(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => ElectionWeekWorkload.NeverAnswerRanks(5, 5));
    }

    [Fact]
    public void Create_SameSeed_SameFaxes()
    {
        var first = ElectionWeekWorkload.Create(300, 30, 0.5, 3, seed: 7);
        var second = ElectionWeekWorkload.Create(300, 30, 0.5, 3, seed: 7);

        Assert.Equal(first.Faxes, second.Faxes);
        Assert.Equal(first.NeverAnswer.Order(), second.NeverAnswer.Order());
    }

    [Fact]
    public void Create_OtherSeed_OtherPagesAndOrderButTheSameCounts()
    {
        var first = ElectionWeekWorkload.Create(300, 30, 0.5, 3, seed: 7);
        var second = ElectionWeekWorkload.Create(300, 30, 0.5, 3, seed: 8);

        Assert.NotEqual(first.Faxes.Select(fax => (fax.To, fax.Pages)), second.Faxes.Select(fax => (fax.To, fax.Pages)));
        Assert.Equal(first.CountsByRank, second.CountsByRank);
    }

    [Fact]
    public void Create_Default_FaxesSkewedByRankWithOneToFourPagesUniformly()
    {
        var workload = ElectionWeekWorkload.Create(1000, 100, 0.5, 5, seed: 1);

        Assert.Equal(1000, workload.Faxes.Count);
        Assert.Equal(1000, workload.Faxes.Select(fax => fax.FaxId).Distinct().Count());
        Assert.Equal(54, workload.Faxes.Count(fax => fax.To == workload.Numbers[0]));
        Assert.All(workload.Faxes, fax => Assert.Equal(workload.Numbers[fax.Rank - 1], fax.To));
        var pages = workload.Faxes.GroupBy(fax => fax.Pages).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal([1, 2, 3, 4], pages.Keys.Order());
        Assert.All(pages.Values, count => Assert.InRange(count, 200, 300));
        Assert.InRange(workload.BusiestShare, 0.05, 0.06);
        Assert.Equal(8, workload.MedianCount);
    }

    [Fact]
    public void Create_Default_NeverAnswerNumbersAreTheMiddleRanks()
    {
        var workload = ElectionWeekWorkload.Create(1000, 100, 0.5, 5, seed: 1);

        Assert.Equal(new[] { 11, 21, 31, 41, 51 }.Select(rank => workload.Numbers[rank - 1]).Order(), workload.NeverAnswer.Order());
        Assert.Equal(1000 - new[] { 11, 21, 31, 41, 51 }.Sum(rank => workload.CountsByRank[rank - 1]), workload.Deliverable);
    }

    [Fact]
    public void Create_Default_LowerBoundIsTheBusiestLineAboutTwoAndAQuarterHours()
    {
        var workload = ElectionWeekWorkload.Create(1000, 100, 0.5, 5, seed: 1);

        var bound = workload.LowerBound(TimeSpan.FromSeconds(60));

        var busiest = workload.Faxes.Where(fax => fax.Rank == 1).Sum(fax => fax.Pages);
        Assert.Equal(TimeSpan.FromMinutes(busiest), bound);
        Assert.InRange(bound.TotalHours, 2.0, 2.5);
    }

    [Fact]
    public void LowerBound_LeavesOutNumbersThatNeverAnswer()
    {
        BenchFax[] faxes = [new("a", "+12125550100", 1, 4), new("b", "+12125550100", 1, 4), new("c", "+12125550101", 2, 3)];

        Assert.Equal(TimeSpan.FromMinutes(8), ElectionWeekWorkload.LowerBound(faxes, new HashSet<string>(), TimeSpan.FromMinutes(1)));
        Assert.Equal(TimeSpan.FromMinutes(3), ElectionWeekWorkload.LowerBound(faxes, new HashSet<string> { "+12125550100" }, TimeSpan.FromMinutes(1)));
        Assert.Equal(TimeSpan.Zero, ElectionWeekWorkload.LowerBound([], new HashSet<string>(), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void PhoneNumbersFor_EveryNumberIsDistinctAndAcceptedAsItIs()
    {
        var numbers = ElectionWeekWorkload.PhoneNumbersFor(ElectionWeekWorkload.MaxNumbers);

        Assert.True(numbers.Count >= 2000, "the scale run needs 2,000 numbers");
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.DoesNotContain("+16175550100", numbers);
        Assert.All(numbers, number =>
        {
            Assert.True(DestinationNumber.TryNormalise(number, "US", out var e164, out var problem), $"{number}: {problem}");
            Assert.Equal(number, e164);
        });
    }
}
