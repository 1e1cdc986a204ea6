namespace FaxGateway.IntegrationTests.DeadLetters;

/// <summary><c>faxgw dlq purge</c> against the emulator.</summary>
public sealed class DeadLetterPurgerTests
{
    [Fact]
    public async Task Purge_WithYes_DeletesEveryMessage()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        await SeedAsync(dlq);

        var run = await dlq.RunAsync("purge", "--queue", "retry", "--yes");

        run.AssertExitCode(0);
        Assert.Contains($"Purged fax-gateway-{dlq.Stage}-retry-dlq: about 3 message(s) deleted", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, await dlq.CountAsync(dlq.Queues.RetryDeadLetter));
    }

    [Fact]
    public async Task Purge_NoTerminalAndNoYes_RefusesAsBadUsage()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        await SeedAsync(dlq);

        var run = await dlq.RunAsync("purge", "--queue", "retry");

        run.AssertExitCode(2);
        Assert.Contains("standard input is not a terminal", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, await dlq.CountAsync(dlq.Queues.RetryDeadLetter));
    }

    [Fact]
    public async Task Purge_WrongNameTyped_DeletesNothing()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        await SeedAsync(dlq);

        var run = await dlq.RunOnTerminalAsync("retry\n", "purge", "--queue", "retry");

        run.AssertExitCode(1);
        Assert.Contains("Type the queue name to confirm:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Not confirmed; nothing was deleted.", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, await dlq.CountAsync(dlq.Queues.RetryDeadLetter));
    }

    [Fact]
    public async Task Purge_QueueNameTyped_DeletesEveryMessage()
    {
        var dlq = await DeadLetterQueuesFixture.CreateAsync();
        await SeedAsync(dlq);

        var run = await dlq.RunOnTerminalAsync($"fax-gateway-{dlq.Stage}-retry-dlq\n", "purge", "--queue", "retry");

        run.AssertExitCode(0);
        Assert.Equal(0, await dlq.CountAsync(dlq.Queues.RetryDeadLetter));
    }

    private static async Task SeedAsync(DeadLetterQueuesFixture dlq)
    {
        for (var i = 0; i < 3; i++)
        {
            await dlq.SendAsync(dlq.Queues.RetryDeadLetter, DeadLetterQueuesFixture.FaxBody($"p{i}"));
        }
    }
}
