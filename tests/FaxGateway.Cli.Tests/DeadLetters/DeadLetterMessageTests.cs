using Amazon.SQS.Model;
using FaxGateway.Cli.DeadLetters;
using FaxGateway.Core.Queues;
using FaxGateway.Testing;

namespace FaxGateway.Cli.Tests.DeadLetters;

public sealed class DeadLetterMessageTests
{
    [Fact]
    public void From_MovedBySqs_MasksTheNumberAndSaysTheReceiveCountRanOut()
    {
        var message = Message($$"""{"fax_id":"abc123","to":"{{Builders.Destination}}","pdf_url":"{{Builders.PdfUrl}}"}""");

        Assert.Equal(
            new DeadLetterMessage("m-1", "abc123", "********1234", DateTimeOffset.FromUnixTimeMilliseconds(1545082649183), 4, DeadLetterMessage.ReceiveCountExceeded),
            DeadLetterMessage.From(message));
    }

    [Fact]
    public void From_GatewayError_IsTheReasonRedacted()
    {
        var message = Message("{}");
        message.MessageAttributes = new() { [DeadLetterAttributes.Error] = new() { DataType = "String", StringValue = "bad number +16175551234" } };

        Assert.Equal("bad number ********1234", DeadLetterMessage.From(message).Reason);
    }

    [Fact]
    public void From_FirstSeen_IsTheEarlierTimestamp()
    {
        var message = Message("{}");
        message.Attributes["ApproximateFirstReceiveTimestamp"] = "1545082600000";

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1545082600000), DeadLetterMessage.From(message).FirstSeen);
        Assert.Equal("2018-12-17T21:36:40Z", DeadLetterMessage.Format(DeadLetterMessage.From(message).FirstSeen));
    }

    [Fact]
    public void From_NothingReadable_ShowsDashes()
    {
        var message = new Message { MessageId = "m-2", Body = "this is { not json" };

        var summary = DeadLetterMessage.From(message);

        Assert.Equal(("-", "-", null, null), (summary.FaxId, summary.Destination, summary.FirstSeen, summary.ReceiveCount));
        Assert.Equal("-", DeadLetterMessage.Format(summary.FirstSeen));
    }

    [Fact]
    public void From_HostileFaxId_IsSafeToPrint()
    {
        var summary = DeadLetterMessage.From(Message("""{"fax_id":"x\u001b[2Jhttps://a.example/b?token=secret"}"""));

        Assert.Equal("x\\u001b[2Jhttps://a.example/b?[redacted]", summary.FaxId);
    }

    private static Message Message(string body) => new()
    {
        MessageId = "m-1",
        Body = body,
        Attributes = new()
        {
            ["SentTimestamp"] = "1545082649183",
            ["ApproximateFirstReceiveTimestamp"] = "1545082649185",
            ["ApproximateReceiveCount"] = "4",
        },
    };
}
