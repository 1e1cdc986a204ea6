namespace FaxGateway.IntegrationTests;

/// <summary>Waits for a condition that real processes make true, failing with a clear message if they do not.</summary>
internal static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task ThatAsync(Func<bool> condition, TimeSpan? timeout, string what)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what} after {(timeout ?? DefaultTimeout).TotalSeconds} s");
            }

            await Task.Delay(50);
        }
    }

    public static async Task ThatAsync(Func<Task<bool>> condition, TimeSpan? timeout, string what)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what} after {(timeout ?? DefaultTimeout).TotalSeconds} s");
            }

            await Task.Delay(100);
        }
    }
}
