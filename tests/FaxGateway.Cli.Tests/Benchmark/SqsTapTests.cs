using System.Text;
using System.Text.Json.Nodes;
using FaxGateway.Cli.Benchmark;

namespace FaxGateway.Cli.Tests.Benchmark;

public sealed class SqsTapTests
{
    private const string Webhook = "http://127.0.0.1:4566/000000000000/fax-gateway-bench-webhook";

    [Fact]
    public void WebhookMessages_SendMessageToTheWebhookQueue_TheCallbacksFaxStatusAndAttempt()
    {
        var body = Body(new JsonObject { ["QueueUrl"] = Webhook, ["MessageBody"] = Message("f-1", "tmp_fail", 2) });

        var messages = SqsTap.WebhookMessages("AmazonSQS.SendMessage", body, Webhook).ToList();

        Assert.Equal([("f-1", "tmp_fail", (int?)2)], messages);
    }

    [Fact]
    public void WebhookMessages_Batch_EveryEntry()
    {
        var body = Body(new JsonObject
        {
            ["QueueUrl"] = Webhook,
            ["Entries"] = new JsonArray(
                new JsonObject { ["Id"] = "1", ["MessageBody"] = Message("f-1", "sent", 1) },
                new JsonObject { ["Id"] = "2", ["MessageBody"] = Message("f-2", "perm_fail", 5) }),
        });

        var messages = SqsTap.WebhookMessages("AmazonSQS.SendMessageBatch", body, Webhook).ToList();

        Assert.Equal([("f-1", "sent", (int?)1), ("f-2", "perm_fail", (int?)5)], messages);
    }

    [Fact]
    public void WebhookMessages_OtherQueuesAndOtherBodies_Nothing()
    {
        var fax = Body(new JsonObject { ["QueueUrl"] = Webhook.Replace("webhook", "retry", StringComparison.Ordinal), ["MessageBody"] = Message("f-1", "sent", 1) });
        var notAWebhook = Body(new JsonObject { ["QueueUrl"] = Webhook, ["MessageBody"] = """{"fax_id":"f-1","to":"+12125550100"}""" });
        var notJson = Body(new JsonObject { ["QueueUrl"] = Webhook, ["MessageBody"] = "hello" });

        Assert.Empty(SqsTap.WebhookMessages("AmazonSQS.SendMessage", fax, Webhook));
        Assert.Empty(SqsTap.WebhookMessages("AmazonSQS.SendMessage", notAWebhook, Webhook));
        Assert.Empty(SqsTap.WebhookMessages("AmazonSQS.SendMessage", notJson, Webhook));
    }

    private static byte[] Body(JsonObject request) => Encoding.UTF8.GetBytes(request.ToJsonString());

    private static string Message(string faxId, string status, int attempt) => new JsonObject
    {
        ["callback_url"] = "http://127.0.0.1:1/callbacks?token=t",
        ["payload"] = new JsonObject { ["fax_id"] = faxId, ["status"] = status, ["message"] = "m", ["timestamp"] = 1, ["attempt"] = attempt },
    }.ToJsonString();
}
