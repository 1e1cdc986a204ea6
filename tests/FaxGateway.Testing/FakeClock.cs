namespace FaxGateway.Testing;

/// <summary>Runs code that waits on a <see cref="TestClock"/>, moving the clock whenever the code waits.</summary>
public static class FakeClock
{
    private static readonly TimeSpan RealTimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Starts <paramref name="work"/> and, whenever it is waiting on <paramref name="time"/>,
    /// advances the clock by <paramref name="step"/>; stops after <paramref name="limit"/> of fake time.
    /// </summary>
    public static async Task<T> RunAsync<T>(TestClock time, TimeSpan step, Func<Task<T>> work, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(work);
        var end = time.GetUtcNow() + (limit ?? TimeSpan.FromDays(1));
        var realDeadline = DateTime.UtcNow + RealTimeLimit;
        var task = Task.Run(work);
        while (!task.IsCompleted)
        {
            if (time.ArmedTimers == 0)
            {
                // The work is busy between waits: let it reach its next wait (or finish).
                await Task.WhenAny(task, Task.Delay(1));
                if (DateTime.UtcNow > realDeadline)
                {
                    throw new TimeoutException("Work neither finished nor waited on the clock");
                }

                continue;
            }

            if (time.GetUtcNow() >= end)
            {
                throw new TimeoutException($"Work still running after {limit} of fake time");
            }

            time.Advance(step);
        }

        return await task;
    }
}
