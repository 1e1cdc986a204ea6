using FaxGateway.Cli.FaultRun;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Cli.Tests.FaultRun;

public sealed class GatewayLogTallyTests
{
    [Fact]
    public void Log_WarningsAndErrors_CountedByEventAndKeptByFax()
    {
        var tally = new GatewayLogTally(TimeProvider.System);
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(tally).SetMinimumLevel(LogLevel.Trace));
        var logger = loggers.CreateLogger("FaxGateway.Core.Faxes.FaxProcessor");

        logger.Log(LogLevel.Information, new EventId(1, "FaxSending"), "not counted");
        using (logger.BeginScope(new Dictionary<string, object?> { ["FaxId"] = "fx-0001" }))
        {
            logger.Log(LogLevel.Warning, new EventId(2, "FaxSendFound"), "found it");
        }

        logger.Log(LogLevel.Error, new EventId(3, "MessageFailed"), new InvalidOperationException("outer", new TimeoutException("fax 'fx-0002' timed out")), "failed");
        logger.Log(LogLevel.Warning, new EventId(4), "unnamed");

        Assert.Equal(
            new Dictionary<string, int> { ["FaxProcessor:4"] = 1, ["FaxSendFound"] = 1, ["MessageFailed (InvalidOperationException/TimeoutException)"] = 1 },
            tally.Counts);
        Assert.Equal("FaxSendFound", Assert.Single(tally.EventsOf("fx-0001")).Name);
        Assert.Contains("InvalidOperationException: outer", Assert.Single(tally.EventsOf("fx-0002")).Text, StringComparison.Ordinal);
    }
}
