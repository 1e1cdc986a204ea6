namespace FaxGateway.Cli.Benchmark;

/// <summary>One fax of a bench workload: its id, destination, the destination's rank (1 is the busiest) and its pages.</summary>
internal sealed record BenchFax(string FaxId, string To, int Rank, int Pages);

/// <summary>
/// The election week: a civic organisation's batch of ballot applications to election offices,
/// enqueued at once. Offices differ in size, so the faxes are skewed: the office of rank i gets
/// a share in proportion to 1/i^s (apportioned exactly, largest remainders first), and a few
/// offices in the middle ranks have a fax machine that never answers. Each fax has 1 to 4 pages,
/// uniformly; pages and enqueue order come from the seed, so every policy faxes the same batch.
/// </summary>
internal sealed class ElectionWeekWorkload
{
    /// <summary>The first and last page counts of an election-week fax.</summary>
    public const int MinPages = 1;

    public const int MaxPages = 4;

    // Area codes for fictional 555-01xx numbers, a hundred numbers each; 617 holds the sending number.
    private static readonly string[] AreaCodes =
    [
        "212", "312", "415", "503", "713", "202", "305", "404", "206", "303", "702", "602",
        "512", "214", "314", "412", "508", "801", "919", "971", "720", "213", "818", "608",
    ];

    private ElectionWeekWorkload(IReadOnlyList<string> numbers, IReadOnlyList<int> counts, IReadOnlySet<string> neverAnswer, IReadOnlyList<BenchFax> faxes)
    {
        Numbers = numbers;
        CountsByRank = counts;
        NeverAnswer = neverAnswer;
        Faxes = faxes;
    }

    /// <summary>The most destination numbers a workload can use.</summary>
    public static int MaxNumbers => AreaCodes.Length * 100;

    /// <summary>The destination numbers by rank: index 0 is rank 1, the busiest.</summary>
    public IReadOnlyList<string> Numbers { get; }

    /// <summary>Faxes to each rank's number, index 0 for rank 1.</summary>
    public IReadOnlyList<int> CountsByRank { get; }

    /// <summary>The numbers whose line never answers.</summary>
    public IReadOnlySet<string> NeverAnswer { get; }

    /// <summary>Every fax, in the order it is enqueued.</summary>
    public IReadOnlyList<BenchFax> Faxes { get; }

    /// <summary>Share of all faxes that go to the busiest number.</summary>
    public double BusiestShare => Faxes.Count == 0 ? 0 : (double)CountsByRank[0] / Faxes.Count;

    /// <summary>The median faxes per number.</summary>
    public double MedianCount => BenchStatistics.Median([.. CountsByRank.Select(count => (double)count)]);

    /// <summary>Faxes that can be delivered: those not to a never-answer number.</summary>
    public int Deliverable => Faxes.Count(fax => !NeverAnswer.Contains(fax.To));

    /// <summary>Builds the workload; the same arguments always give the same faxes.</summary>
    public static ElectionWeekWorkload Create(int faxes, int numbers, double skew, int neverAnswer, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(faxes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numbers);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numbers, MaxNumbers);
        ArgumentOutOfRangeException.ThrowIfNegative(neverAnswer);
        var counts = Apportion(faxes, numbers, skew);
        var phoneNumbers = PhoneNumbersFor(numbers);
        var dead = NeverAnswerRanks(numbers, neverAnswer).Select(rank => phoneNumbers[rank - 1]).ToHashSet(StringComparer.Ordinal);
        var random = new Random(seed);
        var unordered = new List<(string To, int Rank, int Pages)>(faxes);
        for (var rank = 1; rank <= numbers; rank++)
        {
            for (var n = 0; n < counts[rank - 1]; n++)
            {
                unordered.Add((phoneNumbers[rank - 1], rank, random.Next(MinPages, MaxPages + 1)));
            }
        }

        // An upstream batch interleaves offices: a seeded shuffle (Fisher-Yates).
        for (var i = unordered.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (unordered[i], unordered[j]) = (unordered[j], unordered[i]);
        }

        var list = unordered.Select((fax, index) => new BenchFax($"ew-{index + 1:0000}", fax.To, fax.Rank, fax.Pages)).ToList();
        return new ElectionWeekWorkload(phoneNumbers, counts, dead, list);
    }

    /// <summary>
    /// <paramref name="total"/> faxes over <paramref name="numbers"/> ranks in proportion to
    /// 1/rank^<paramref name="skew"/>, rounded by largest remainder (ties to the lower rank), so
    /// the counts add up to the total exactly and never increase with rank.
    /// </summary>
    public static IReadOnlyList<int> Apportion(int total, int numbers, double skew)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numbers);
        if (!double.IsFinite(skew) || skew < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(skew), skew, "The skew must be a number from 0.");
        }

        var weights = Enumerable.Range(1, numbers).Select(rank => 1 / Math.Pow(rank, skew)).ToArray();
        var sum = weights.Sum();
        var exact = weights.Select(weight => total * weight / sum).ToArray();
        var counts = exact.Select(value => (int)Math.Floor(value)).ToArray();
        var left = total - counts.Sum();
        foreach (var index in Enumerable.Range(0, numbers).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(left))
        {
            counts[index]++;
        }

        return counts;
    }

    /// <summary>
    /// The ranks (1-based) of the <paramref name="count"/> never-answer numbers: spread over the
    /// middle ranks, one every numbers/(2 × count) ranks from the top (11, 21, 31, 41 and 51 of
    /// 100 for 5), never the busiest.
    /// </summary>
    public static IReadOnlyList<int> NeverAnswerRanks(int numbers, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return [];
        }

        if (count >= numbers)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"At most {numbers - 1} of {numbers} numbers can never answer: the busiest always answers.");
        }

        var step = Math.Max(1, numbers / (2 * count));
        return [.. Enumerable.Range(1, count).Select(k => 1 + (k * step))];
    }

    /// <summary>
    /// The lower bound on the makespan: the most line time any one number needs for its faxes that
    /// can be delivered (pages × <paramref name="pageDuration"/>). Faxes to one number go one at a
    /// time, so no schedule can finish sooner.
    /// </summary>
    public TimeSpan LowerBound(TimeSpan pageDuration) => LowerBound(Faxes, NeverAnswer, pageDuration);

    /// <summary>As <see cref="LowerBound(TimeSpan)"/>, for any faxes.</summary>
    public static TimeSpan LowerBound(IEnumerable<BenchFax> faxes, IReadOnlySet<string> neverAnswer, TimeSpan pageDuration)
    {
        ArgumentNullException.ThrowIfNull(faxes);
        ArgumentNullException.ThrowIfNull(neverAnswer);
        var pages = faxes.Where(fax => !neverAnswer.Contains(fax.To))
            .GroupBy(fax => fax.To, StringComparer.Ordinal)
            .Select(group => group.Sum(fax => fax.Pages))
            .DefaultIfEmpty(0)
            .Max();
        return pageDuration * pages;
    }

    /// <summary>
    /// <paramref name="count"/> fictional numbers (555-0100 to 555-0199 in each of the area codes),
    /// in rank order: the first hundred share an area code, and so on.
    /// </summary>
    public static IReadOnlyList<string> PhoneNumbersFor(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxNumbers);
        return [.. Enumerable.Range(0, count).Select(i => $"+1{AreaCodes[i / 100]}55501{i % 100:00}")];
    }
}
