using FaxGateway.Cli.DeadLetters;

namespace FaxGateway.Cli.Tests.DeadLetters;

public sealed class DeadLetterTableTests
{
    [Fact]
    public void Write_AlignsColumnsAndLeavesTheLastOneUnpadded()
    {
        using var output = new StringWriter();

        DeadLetterTable.Write(output,
        [
            new("m-1", "abc123", "********1234", DateTimeOffset.FromUnixTimeSeconds(1793714415), 4, DeadLetterMessage.ReceiveCountExceeded),
            new("m-22", "-", "-", null, null, "the message body is not valid JSON"),
        ]);

        Assert.Equal(
            """
            MESSAGE ID  FAX ID  TO            FIRST SEEN            RECEIVES  WHY
            m-1         abc123  ********1234  2026-11-03T14:00:15Z  4         receive count exceeded (moved by SQS)
            m-22        -       -             -                     -         the message body is not valid JSON

            """.ReplaceLineEndings(Environment.NewLine),
            output.ToString());
    }

    [Fact]
    public void Write_LongFaxId_IsCut()
    {
        using var output = new StringWriter();

        DeadLetterTable.Write(output, [new("m-1", new string('f', 100), "-", null, null, "-")]);

        Assert.Contains(new string('f', DeadLetterTable.MaxFaxIdWidth - 3) + "...", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(new string('f', DeadLetterTable.MaxFaxIdWidth), output.ToString(), StringComparison.Ordinal);
    }
}
