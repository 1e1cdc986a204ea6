using Amazon.SQS.Model;
using FaxGateway.Cli.DeadLetters;
using FaxGateway.Core.Queues;
using FaxGateway.Testing;

namespace FaxGateway.Cli.Tests.DeadLetters;

public sealed class RedrivePlanTests
{
    private static readonly DateTimeOffset RedriveTime = DateTimeOffset.FromUnixTimeMilliseconds(1793714415123);
    private static readonly RedriveTarget FaxQueue = new("fax-gateway-test-fax.fifo", new Uri("http://127.0.0.1:1/000000000000/fax-gateway-test-fax.fifo"), ExpectsFax: true);
    private static readonly RedriveTarget RetryQueue = new("fax-gateway-test-retry", new Uri("http://127.0.0.1:1/000000000000/fax-gateway-test-retry"), ExpectsFax: true);
    private static readonly RedriveTarget WebhookQueue = new("fax-gateway-test-webhook", new Uri("http://127.0.0.1:1/000000000000/fax-gateway-test-webhook"), ExpectsFax: false);

    [Fact]
    public void Create_FifoTarget_KeepsTheOriginalGroupAndDeduplicatesPerRedrive()
    {
        var message = Message(ValidFax(), group: "+16175550000");

        var request = RedrivePlan.Create(message, FaxQueue, force: false, RedriveTime).Request!;

        Assert.Equal(FaxQueue.Url.ToString(), request.QueueUrl);
        Assert.Equal(message.Body, request.MessageBody);
        Assert.Equal("+16175550000", request.MessageGroupId);
        Assert.Equal("m-1-1793714415123", request.MessageDeduplicationId);
    }

    [Fact]
    public void Create_FifoTargetWithoutGroup_GroupsByTheFaxDestination()
    {
        var request = RedrivePlan.Create(Message(ValidFax()), FaxQueue, force: false, RedriveTime).Request!;

        Assert.Equal(Builders.Destination, request.MessageGroupId);
    }

    [Fact]
    public void Create_LaterRedriveOfTheSameMessage_GetsANewDeduplicationId()
    {
        var message = Message(ValidFax());

        var first = RedrivePlan.Create(message, FaxQueue, force: false, RedriveTime).Request!;
        var second = RedrivePlan.Create(message, FaxQueue, force: false, RedriveTime.AddMinutes(1)).Request!;

        Assert.NotEqual(first.MessageDeduplicationId, second.MessageDeduplicationId);
    }

    [Fact]
    public void Create_InvalidFax_IsRefusedWithTheReason()
    {
        var plan = RedrivePlan.Create(Message("""{"fax_id":"abc"}"""), FaxQueue, force: false, RedriveTime);

        Assert.Null(plan.Request);
        Assert.StartsWith("not a valid fax request (field 'to' is missing;", plan.Refusal, StringComparison.Ordinal);
        Assert.EndsWith("--force sends it anyway", plan.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidFaxOnTheRetryQueue_IsRefusedToo() =>
        Assert.NotNull(RedrivePlan.Create(Message("not json"), RetryQueue, force: false, RedriveTime).Refusal);

    [Theory]
    [InlineData("not json", RedrivePlan.FallbackGroup)]
    [InlineData("""{"to":"6175551234"}""", "6175551234")]
    [InlineData("""{"to":"has spaces in it"}""", RedrivePlan.FallbackGroup)]
    public void Create_ForcedWithoutGroup_UsesWhatNumberThereIsOrTheFallback(string body, string group) =>
        Assert.Equal(group, RedrivePlan.Create(Message(body), FaxQueue, force: true, RedriveTime).Request!.MessageGroupId);

    [Fact]
    public void Create_StandardTarget_HasNoGroupOrDeduplicationId()
    {
        var request = RedrivePlan.Create(Message(ValidFax(), group: "ignored"), RetryQueue, force: false, RedriveTime).Request!;

        Assert.Null(request.MessageGroupId);
        Assert.Null(request.MessageDeduplicationId);
    }

    [Fact]
    public void Create_WebhookTarget_DoesNotCheckForAFax() =>
        Assert.NotNull(RedrivePlan.Create(Message("""{"callback_url":"https://x","payload":{}}"""), WebhookQueue, force: false, RedriveTime).Request);

    [Fact]
    public void Create_MessageAttributes_AreCopiedExceptTheGatewaysDeadLetterOnes()
    {
        var message = Message(ValidFax());
        message.MessageAttributes = new()
        {
            ["trace"] = new() { DataType = "String", StringValue = "t-1" },
            [DeadLetterAttributes.Error] = new() { DataType = "String", StringValue = "bad" },
            [DeadLetterAttributes.SourceMessageId] = new() { DataType = "String", StringValue = "m-0" },
        };

        var request = RedrivePlan.Create(message, RetryQueue, force: false, RedriveTime).Request!;

        Assert.Equal(["trace"], request.MessageAttributes.Keys);
        Assert.Equal("t-1", request.MessageAttributes["trace"].StringValue);
    }

    [Fact]
    public void DeduplicationId_StaysWithinSqsLimit() =>
        Assert.True(RedrivePlan.DeduplicationId(new string('a', 200), RedriveTime).Length <= 128);

    private static string ValidFax() =>
        $$"""{"fax_id":"abc123","to":"{{Builders.Destination}}","pdf_url":"{{Builders.PdfUrl}}","callback_url":"{{Builders.CallbackUrl}}"}""";

    private static Message Message(string body, string? group = null) => new()
    {
        MessageId = "m-1",
        Body = body,
        Attributes = group is null ? [] : new() { ["MessageGroupId"] = group },
    };
}
