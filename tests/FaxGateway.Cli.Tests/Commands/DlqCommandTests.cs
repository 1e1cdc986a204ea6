using System.CommandLine;
using Amazon.SQS;
using FaxGateway.Cli.Commands;
using FaxGateway.Cli.DeadLetters;

namespace FaxGateway.Cli.Tests.Commands;

/// <summary>Command lines that are wrong exit 2 before any SQS call (the mock fails the test if one is made).</summary>
public sealed class DlqCommandTests
{
    [Theory]
    [InlineData("dlq")]
    [InlineData("dlq list --bogus")]
    [InlineData("dlq list --max 0")]
    [InlineData("dlq list --queue nope")]
    [InlineData("dlq list --queue fax --queue-url http://127.0.0.1:1/0/q")]
    [InlineData("dlq list --queue-url not-a-url")]
    [InlineData("dlq show")]
    [InlineData("dlq redrive --all")]
    [InlineData("dlq redrive --queue fax")]
    [InlineData("dlq redrive --queue fax --all --id m-1")]
    [InlineData("dlq purge")]
    public async Task Invoke_BadUsage_ExitsTwoAndSaysWhy(string commandLine)
    {
        var sqs = new Mock<IAmazonSQS>(MockBehavior.Strict);
        using var error = new StringWriter();
        var root = new RootCommand { DlqCommand.Create(() => new DeadLetterContext(() => sqs.Object, TextWriter.Null, error, TextReader.Null, false, TimeProvider.System, ownsSqs: false)) };

        var exitCode = await root.Parse(commandLine).InvokeAsync();

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.NotEmpty(error.ToString());
    }
}
