using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace FaxGateway.Cli.Local;

/// <summary>
/// A callback endpoint that behaves like a real client of the original gateway: it
/// authenticates each POST by the secret <c>?token=</c> in its URL (401 otherwise), answers 404
/// for a fax it never sent, and records what it accepts. For fault-injection runs it can be
/// taken down for a while (<see cref="GoDown"/>): it then answers every POST 503.
/// </summary>
internal sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly string _token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ReceivedCallback>> _byFax = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private WebApplication _app = null!;
    private volatile DownWindow? _down;
    private int _refusedWhileDown;

    private CallbackReceiver(TimeProvider time) => _time = time;

    /// <summary>Raised for every accepted callback, for live progress.</summary>
    public event Action<ReceivedCallback>? Received;

    /// <summary>The URL to put in <c>callback_url</c>, secret token included.</summary>
    public Uri CallbackUrl { get; private set; } = null!;

    public static async Task<CallbackReceiver> StartAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        var receiver = new CallbackReceiver(time);
        (receiver._app, var baseUrl) = await LocalWebHost.StartAsync(
            app => app.MapPost("/callbacks", (Delegate)receiver.ReceiveAsync), cancellationToken);
        receiver.CallbackUrl = new Uri(baseUrl, $"callbacks?token={receiver._token}");
        return receiver;
    }

    /// <summary>POSTs answered 503 because the receiver was down.</summary>
    public int RefusedWhileDown => Volatile.Read(ref _refusedWhileDown);

    /// <summary>From <paramref name="from"/> until <paramref name="until"/> (on the receiver's clock) every POST is answered 503 and not recorded.</summary>
    public void GoDown(DateTimeOffset from, DateTimeOffset until)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(until, from);
        _down = new DownWindow(from, until);
    }

    /// <summary>Tells the receiver to expect callbacks for <paramref name="faxId"/>.</summary>
    public void Expect(string faxId) => _byFax.TryAdd(faxId, new ConcurrentQueue<ReceivedCallback>());

    /// <summary>The callbacks received for <paramref name="faxId"/>, in arrival order.</summary>
    public IReadOnlyList<ReceivedCallback> For(string faxId) =>
        _byFax.TryGetValue(faxId, out var callbacks) ? [.. callbacks] : [];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        if (_down is { } down && down.Covers(_time.GetUtcNow()))
        {
            Interlocked.Increment(ref _refusedWhileDown);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (context.Request.Query["token"] != _token)
        {
            return Results.Unauthorized();
        }

        if (context.Request.ContentType != "application/json")
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        ReceivedCallback callback;
        try
        {
            callback = await ReadAsync(context);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Results.BadRequest();
        }

        if (!_byFax.TryGetValue(callback.FaxId, out var callbacks))
        {
            return Results.NotFound();
        }

        callbacks.Enqueue(callback);
        Received?.Invoke(callback);
        return Results.Ok();
    }

    private async Task<ReceivedCallback> ReadAsync(HttpContext context)
    {
        using var json = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = json.RootElement;
        return new ReceivedCallback(
            root.GetProperty("fax_id").GetString()!,
            root.GetProperty("status").GetString()!,
            root.GetProperty("message").GetString()!,
            root.GetProperty("timestamp").GetInt64(),
            _time.GetUtcNow(),
            context.Request.Headers["webhook-id"].FirstOrDefault(),
            root.TryGetProperty("attempt", out var attempt) && attempt.ValueKind == JsonValueKind.Number ? attempt.GetInt32() : null);
    }

    private sealed record DownWindow(DateTimeOffset From, DateTimeOffset Until)
    {
        public bool Covers(DateTimeOffset instant) => instant >= From && instant < Until;
    }
}
