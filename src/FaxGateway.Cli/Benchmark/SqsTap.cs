using System.Collections.Concurrent;
using System.Text.Json;
using FaxGateway.Cli.Local;

namespace FaxGateway.Cli.Benchmark;

/// <summary>A callback the gateway queued on the webhook queue, and when SQS acknowledged it.</summary>
internal sealed record QueuedCallback(string FaxId, string Status, int? Attempt, DateTimeOffset QueuedAt);

/// <summary>
/// A pass-through in front of the SQS emulator that the gateway process is pointed at: it
/// forwards every request unchanged and notes each callback written to the webhook queue, with
/// the moment SQS acknowledged it (the message's SentTimestamp is within that round trip). The
/// callback receiver only sees a callback once it is POSTed; this sees when it was queued.
/// </summary>
internal sealed class SqsTap : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Content-Length", "Transfer-Encoding", "Keep-Alive", "Expect", "Upgrade", "Proxy-Connection",
    };

    private readonly Uri _upstream;
    private readonly string _webhookQueue;
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 512, UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly ConcurrentQueue<QueuedCallback> _callbacks = new();
    private WebApplication _app = null!;
    private int _requests;

    private SqsTap(Uri upstream, Uri webhookQueue)
    {
        _upstream = upstream;
        _webhookQueue = webhookQueue.ToString();
    }

    /// <summary>The address to give the gateway as <c>AWS_ENDPOINT_URL_SQS</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>SQS requests passed through.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Every callback queued so far.</summary>
    public IReadOnlyList<QueuedCallback> Callbacks => [.. _callbacks];

    public static async Task<SqsTap> StartAsync(Uri upstream, Uri webhookQueue, CancellationToken cancellationToken)
    {
        var tap = new SqsTap(upstream, webhookQueue);
        (tap._app, tap.Endpoint) = await LocalWebHost.StartAsync(app => app.Run(tap.ForwardAsync), cancellationToken);
        return tap;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _http.Dispose();
    }

    /// <summary>Reads the webhook-queue messages in a SendMessage or SendMessageBatch request body.</summary>
    internal static IEnumerable<(string FaxId, string Status, int? Attempt)> WebhookMessages(string target, byte[] body, string webhookQueue)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (!root.TryGetProperty("QueueUrl", out var queue) || queue.GetString() != webhookQueue)
        {
            return [];
        }

        var bodies = target.EndsWith(".SendMessageBatch", StringComparison.Ordinal) && root.TryGetProperty("Entries", out var entries)
            ? entries.EnumerateArray().Select(entry => entry.GetProperty("MessageBody").GetString())
            : [root.TryGetProperty("MessageBody", out var message) ? message.GetString() : null];
        return [.. bodies.Select(Callback).OfType<(string, string, int?)>()];
    }

    private static (string FaxId, string Status, int? Attempt)? Callback(string? message)
    {
        if (message is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(message);
            if (!json.RootElement.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var faxId = payload.TryGetProperty("fax_id", out var id) ? id.GetString() : null;
            var status = payload.TryGetProperty("status", out var s) ? s.GetString() : null;
            int? attempt = payload.TryGetProperty("attempt", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetInt32() : null;
            return faxId is null || status is null ? null : (faxId, status, attempt);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task ForwardAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_upstream, context.Request.Path + context.Request.QueryString))
        {
            Content = new ByteArrayContent(body),
        };
        foreach (var (name, values) in context.Request.Headers)
        {
            if (HopByHop.Contains(name))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, context.RequestAborted);
        var answer = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        var acknowledgedAt = DateTimeOffset.UtcNow;
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        if (response.IsSuccessStatusCode
            && (target.EndsWith(".SendMessage", StringComparison.Ordinal) || target.EndsWith(".SendMessageBatch", StringComparison.Ordinal)))
        {
            Note(target, body, acknowledgedAt);
        }

        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await context.Response.Body.WriteAsync(answer, context.RequestAborted);
    }

    private void Note(string target, byte[] body, DateTimeOffset acknowledgedAt)
    {
        try
        {
            foreach (var (faxId, status, attempt) in WebhookMessages(target, body, _webhookQueue))
            {
                _callbacks.Enqueue(new QueuedCallback(faxId, status, attempt, acknowledgedAt));
            }
        }
        catch (JsonException)
        {
            // Not a JSON-protocol request: nothing to note.
        }
    }
}
