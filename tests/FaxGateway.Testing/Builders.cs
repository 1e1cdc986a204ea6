using System.Globalization;
using System.Text.Json;
using FaxGateway.Core.Carriers.Twilio;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.Configuration;

namespace FaxGateway.Testing;

/// <summary>Sample messages, settings and SQS events, in one place.</summary>
public static class Builders
{
    public const string Destination = "+16175551234";
    public const string PdfUrl = "https://media.example.com/forms/abc123.pdf?X-Amz-Signature=secret-signature";
    public const string CallbackUrl = "https://app.example.com/fax-callback?token=callback-secret";
    public const string ReceiptHandle = "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...";

    /// <summary>A valid fax request.</summary>
    public static Fax Fax(string faxId = "abc123", int retryCount = 0, string to = Destination) =>
        new(faxId, to, PdfUrl, CallbackUrl, retryCount);

    /// <summary>Settings as a test wants them; nothing comes from the process environment.</summary>
    public static FaxGatewaySettings Settings(int maxFaxAttempts = 20) => new()
    {
        MaxFaxAttempts = maxFaxAttempts,
        BackoffDelay = TimeSpan.FromSeconds(600),
        FaxQueueUrl = new Uri("http://127.0.0.1:4566/000000000000/fax-gateway-test-fax.fifo"),
        RetryQueueUrl = new Uri("http://127.0.0.1:4566/000000000000/fax-gateway-test-retry"),
        WebhookQueueUrl = new Uri("http://127.0.0.1:4566/000000000000/fax-gateway-test-webhook"),
        FaxDeadLetterQueueUrl = new Uri("http://127.0.0.1:4566/000000000000/fax-gateway-test-fax-dlq.fifo"),
        WebhookDeadLetterQueueUrl = new Uri("http://127.0.0.1:4566/000000000000/fax-gateway-test-webhook-dlq"),
        AttemptTableName = "fax-gateway-test-attempts",
        PollInterval = TimeSpan.FromSeconds(15),
        AttemptTimeout = TimeSpan.FromSeconds(840),
        WebhookTimeout = TimeSpan.FromSeconds(15),
        Carrier = new TwilioSettings
        {
            AccountSid = SecretReference.Literal("ACtest"),
            AuthToken = SecretReference.Literal("twilio-test-token"),
            PhoneNumber = "+16175550000",
            BaseUrl = new Uri("http://127.0.0.1:1/"),
        },
    };

    /// <summary>The environment variables that make <see cref="Settings"/>.</summary>
    public static Dictionary<string, string?> Environment(FaxGatewaySettings? settings = null)
    {
        settings ??= Settings();
        var twilio = (TwilioSettings)settings.Carrier;
        return new Dictionary<string, string?>
        {
            ["MAX_FAX_ATTEMPTS"] = settings.MaxFaxAttempts.ToString(CultureInfo.InvariantCulture),
            ["BACKOFF_DELAY"] = Seconds(settings.BackoffDelay),
            ["QUEUE_URL_FAX"] = settings.FaxQueueUrl.ToString(),
            ["QUEUE_URL_RETRY"] = settings.RetryQueueUrl.ToString(),
            ["QUEUE_URL_WEBHOOK"] = settings.WebhookQueueUrl.ToString(),
            ["QUEUE_URL_FAX_DLQ"] = settings.FaxDeadLetterQueueUrl.ToString(),
            ["QUEUE_URL_WEBHOOK_DLQ"] = settings.WebhookDeadLetterQueueUrl.ToString(),
            ["TABLE_NAME_ATTEMPTS"] = settings.AttemptTableName,
            ["FAX_POLL_INTERVAL"] = Seconds(settings.PollInterval),
            ["FAX_ATTEMPT_TIMEOUT"] = Seconds(settings.AttemptTimeout),
            ["WEBHOOK_TIMEOUT"] = Seconds(settings.WebhookTimeout),
            ["TWILIO_SID"] = twilio.AccountSid.Value,
            ["TWILIO_AUTH_TOKEN"] = twilio.AuthToken.Value,
            ["TWILIO_PHONE_NUMBER"] = twilio.PhoneNumber,
            ["TWILIO_FAX_BASE_URL"] = twilio.BaseUrl.ToString(),
        };
    }

    /// <summary>Configuration built from <paramref name="variables"/> only.</summary>
    public static IConfiguration Configuration(IDictionary<string, string?> variables) =>
        new ConfigurationBuilder().AddInMemoryCollection(variables).Build();

    /// <summary>
    /// A Lambda SQS event of the real shape. FIFO records carry <c>MessageGroupId</c> and
    /// sequence numbers; standard ones do not.
    /// </summary>
    public static string SqsEvent(
        string body,
        string messageId = "059f36b4-87a3-44ab-83d2-661975830a7d",
        bool fifo = false,
        int receiveCount = 1,
        string receiptHandle = ReceiptHandle,
        string group = Destination)
    {
        var attributes = new Dictionary<string, string>
        {
            ["ApproximateReceiveCount"] = receiveCount.ToString(CultureInfo.InvariantCulture),
            ["SentTimestamp"] = "1545082649183",
            ["SenderId"] = "AIDAIENQZJOLO23YVJ4VO",
            ["ApproximateFirstReceiveTimestamp"] = "1545082649185",
        };
        if (fifo)
        {
            attributes["MessageGroupId"] = group;
            attributes["SequenceNumber"] = "18849496460467696128";
            attributes["MessageDeduplicationId"] = "1eea03c3f7e782c7bdc2f2a917f40389314733ff39f5ab16219580c0109ade98";
        }

        var record = new Dictionary<string, object>
        {
            ["messageId"] = messageId,
            ["receiptHandle"] = receiptHandle,
            ["body"] = body,
            ["attributes"] = attributes,
            ["messageAttributes"] = new Dictionary<string, object>(),
            ["md5OfBody"] = "e4e68fb7bd0e697a0ae8f1bb342846b3",
            ["eventSource"] = "aws:sqs",
            ["eventSourceARN"] = fifo
                ? "arn:aws:sqs:us-west-2:123456789012:fax-gateway-prod-fax.fifo"
                : "arn:aws:sqs:us-west-2:123456789012:fax-gateway-prod-webhook",
            ["awsRegion"] = "us-west-2",
        };
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["Records"] = new[] { record } });
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString(CultureInfo.InvariantCulture);
}
