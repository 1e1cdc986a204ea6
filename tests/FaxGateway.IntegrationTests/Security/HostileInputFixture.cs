using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amazon.SQS.Model;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Secrets;
using FaxGateway.Testing;

namespace FaxGateway.IntegrationTests.Security;

/// <summary>
/// Sends the whole hostile corpus through one running gateway (emulated SQS, the worker's real
/// processors, the simulator, a real media host and callback receiver), waits for every
/// outcome, and keeps the outcomes and every log line for the tests to check.
/// </summary>
public sealed class HostileInputFixture : IAsyncLifetime
{
    /// <summary>The signing secret: it must never appear in a log.</summary>
    public const string WebhookSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Dictionary<string, HostileOutcome?> _outcomes = new(StringComparer.Ordinal);
    private GatewayHarness _gateway = null!;
    private LoopbackHttpServer _media = null!;

    /// <summary>The presigned-URL signature on every PDF link: it must never appear in a log.</summary>
    public string MediaSignature { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    internal IReadOnlyList<HostileCase> Cases { get; private set; } = [];

    public CapturedLogs Logs { get; } = new();

    /// <summary>The callback URL's secret token: it must never appear in a log.</summary>
    public string CallbackToken { get; private set; } = string.Empty;

    /// <summary>The numbers the simulator dialled.</summary>
    public IReadOnlyList<string> Dialled => [.. _gateway.Simulator.Record.Calls.Select(call => call.To)];

    internal HostileOutcome? OutcomeOf(string name) => _outcomes[name];

    public async Task InitializeAsync()
    {
        _media = await LoopbackHttpServer.StartAsync();
        _media.Respond(request => MediaHost.Answer(request.PathAndQuery, _media));
        _gateway = await GatewayHarness.StartAsync(
            configure: settings => settings with
            {
                MaxFaxAttempts = 2,
                MediaMaxBytes = 200_000,
                WebhookSecret = SecretReference.Literal(WebhookSecret),
            },
            logs: Logs);
        CallbackToken = System.Web.HttpUtility.ParseQueryString(_gateway.Callbacks.CallbackUrl.Query)["token"]!;
        Cases = HostileCorpus.Build(MediaUrl, _gateway.Callbacks.CallbackUrl.ToString());
        await SendAllAsync();
        await CollectAsync();
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _media.DisposeAsync();
    }

    /// <summary>A link to the media host shaped like a fresh presigned S3 URL.</summary>
    private string MediaUrl(string name)
    {
        var signedAt = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return _media.Url($"{name}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={signedAt}&X-Amz-Expires=3600&X-Amz-Signature={MediaSignature}").ToString();
    }

    private async Task SendAllAsync()
    {
        for (var i = 0; i < Cases.Count; i++)
        {
            var hostile = Cases[i];
            if (hostile.FaxId is { } faxId)
            {
                _gateway.Callbacks.Expect(faxId);
            }

            if (hostile.OnWebhookQueue)
            {
                await _gateway.Sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = _gateway.Queues.Webhook.ToString(), MessageBody = hostile.Body });
            }
            else
            {
                // Each in its own message group, so one case never waits behind another.
                await _gateway.SendRawAsync(hostile.Body, $"corpus-{i:00}");
            }
        }
    }

    private async Task CollectAsync()
    {
        var faxDeadLetters = Cases.Count(c => c.Expected.Kind == "fax-dlq");
        var webhookDeadLetters = Cases.Count(c => c.Expected.Kind == "webhook-dlq");
        var waitingForCallbacks = Cases.Where(c => c.FaxId is not null).ToList();
        try
        {
            await Eventually.ThatAsync(
                async () => waitingForCallbacks.All(c => _gateway.Callbacks.For(c.FaxId!).Any(callback => callback.IsTerminal))
                    && await _gateway.CountAsync(_gateway.Queues.FaxDeadLetter) >= faxDeadLetters
                    && await _gateway.CountAsync(_gateway.Queues.WebhookDeadLetter) >= webhookDeadLetters,
                Patience,
                "every hostile message's outcome");
        }
        catch (TimeoutException)
        {
            // Collect what did arrive: each case's test then names its own missing outcome.
        }

        var deadLetters = (await _gateway.ReceiveAllAsync(_gateway.Queues.FaxDeadLetter))
            .Select(m => ("fax-dlq", m))
            .Concat((await _gateway.ReceiveAllAsync(_gateway.Queues.WebhookDeadLetter)).Select(m => ("webhook-dlq", m)))
            .ToList();
        foreach (var hostile in Cases)
        {
            _outcomes[hostile.Name] = hostile.FaxId is { } faxId
                ? FinalCallback(faxId)
                : deadLetters.Where(d => d.m.Body == hostile.Body)
                    .Select(d => new HostileOutcome(d.Item1, string.Empty, d.m.MessageAttributes[DeadLetterAttributes.Error].StringValue))
                    .SingleOrDefault();
        }
    }

    private HostileOutcome? FinalCallback(string faxId) =>
        _gateway.Callbacks.For(faxId).Where(c => c.IsTerminal).Select(c => HostileOutcome.PermFail(c.Message) with { Status = c.Status }).SingleOrDefault();

    /// <summary>What the media host serves for each name.</summary>
    private static class MediaHost
    {
        public static ScriptedResponse Answer(string pathAndQuery, LoopbackHttpServer media) => pathAndQuery.Split('?')[0] switch
        {
            "/good.pdf" => ScriptedResponse.Bytes(TestPdfs.Valid(1), "application/pdf"),
            "/missing.pdf" => ScriptedResponse.Status(404),
            "/forbidden.pdf" => ScriptedResponse.Status(403),
            "/gone.pdf" => ScriptedResponse.Status(410),
            "/broken.pdf" => ScriptedResponse.Status(500),
            "/moved.pdf" => ScriptedResponse.Redirect(media.Url("good.pdf").ToString()),
            "/expired.html" => ScriptedResponse.Bytes(TestPdfs.Html(), "text/html; charset=utf-8"),
            "/encrypted.pdf" => ScriptedResponse.Bytes(TestPdfs.PasswordProtected(), "application/pdf"),
            "/truncated.pdf" => ScriptedResponse.Bytes(TestPdfs.Truncated(), "application/pdf"),
            "/empty.pdf" => ScriptedResponse.Bytes([], "application/pdf"),
            "/huge.pdf" => ScriptedResponse.Bytes([.. Encoding.ASCII.GetBytes("%PDF-1.7\n"), .. new byte[300_000]], "application/pdf"),
            _ => ScriptedResponse.Status(404),
        };
    }
}
