using System.Globalization;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// How long a refused callback waits before its next try, by how many times it has been tried
/// (<c>WEBHOOK_RETRY_SCHEDULE</c>, seconds, comma-separated; the last delay repeats). The default
/// grows from a minute to two hours and adds up to about 25 hours over the webhook queue's 20
/// receives, so a receiver that is down for a day still gets every callback (the original gave
/// up after about an hour). A 429's <c>Retry-After</c> is honoured as well: the wait is the
/// longer of it (up to the schedule's longest delay) and the schedule's, so a receiver that
/// keeps asking for a second cannot use up the 20 tries in 20 seconds.
/// </summary>
public sealed class WebhookRetrySchedule
{
    /// <summary>The default schedule, in seconds.</summary>
    public const string DefaultText = "60,120,300,600,900,1800,3600,3600,7200";

    /// <summary>SQS cannot keep a message hidden longer than this.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(12);

    private readonly TimeSpan[] _delays;

    private WebhookRetrySchedule(TimeSpan[] delays) => _delays = delays;

    public static WebhookRetrySchedule Default { get; } = Parse(DefaultText)!;

    /// <summary>The schedule <paramref name="text"/> describes, or null when it is not a list of 1 to 50 whole seconds up to 12 hours.</summary>
    public static WebhookRetrySchedule? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var delays = new List<TimeSpan>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || seconds < 1 || TimeSpan.FromSeconds(seconds) > MaxDelay)
            {
                return null;
            }

            delays.Add(TimeSpan.FromSeconds(seconds));
        }

        return delays.Count is >= 1 and <= 50 ? new WebhookRetrySchedule([.. delays]) : null;
    }

    /// <summary>The wait after the <paramref name="receiveCount"/>-th try failed.</summary>
    public TimeSpan DelayAfter(int receiveCount, TimeSpan? retryAfter = null)
    {
        var index = Math.Max(receiveCount, 1) - 1;
        var scheduled = index < _delays.Length ? _delays[index] : _delays[^1];
        if (retryAfter is { } asked && asked > scheduled)
        {
            var longest = _delays.Max();
            return asked < longest ? asked : longest;
        }

        return scheduled;
    }

    /// <summary>The total wait before the <paramref name="tries"/>-th try.</summary>
    public TimeSpan TotalBefore(int tries) =>
        TimeSpan.FromTicks(Enumerable.Range(1, Math.Max(tries - 1, 0)).Sum(n => DelayAfter(n).Ticks));

    public override string ToString() =>
        string.Join(',', _delays.Select(d => ((int)d.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
}
