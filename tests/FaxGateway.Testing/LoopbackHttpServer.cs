using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 that records every request and answers as the test says:
/// a callback receiver, a fake carrier endpoint or a media host.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private volatile Func<RecordedRequest, Task<ScriptedResponse>> _respond =
        _ => Task.FromResult(ScriptedResponse.Status(200));

    private LoopbackHttpServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The server's address, with a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<LoopbackHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackHttpServer? server = null;
        app.Run(async context => await server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LoopbackHttpServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Sets how the server answers from now on.</summary>
    public void Respond(Func<RecordedRequest, ScriptedResponse> respond) =>
        _respond = request => Task.FromResult(respond(request));

    /// <summary>Sets an asynchronous answer (to delay, say).</summary>
    public void RespondAsync(Func<RecordedRequest, Task<ScriptedResponse>> respond) => _respond = respond;

    /// <summary>Answers with these statuses in turn, then the last one for ever.</summary>
    public void RespondInTurn(params int[] statuses)
    {
        var count = 0;
        Respond(_ => ScriptedResponse.Status(statuses[Math.Min(Interlocked.Increment(ref count) - 1, statuses.Length - 1)]));
    }

    public Uri Url(string relative) => new(BaseUrl, relative);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        _requests.Enqueue(request);
        var response = await _respond(request);
        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.ContentType is not null)
        {
            context.Response.ContentType = response.ContentType;
        }

        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
    }
}

/// <summary>One request as the server saw it.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>What the server answers.</summary>
public sealed record ScriptedResponse(int StatusCode, byte[] Body, string? ContentType, IReadOnlyDictionary<string, string> Headers)
{
    public static ScriptedResponse Status(int statusCode) => new(statusCode, [], null, new Dictionary<string, string>());

    public static ScriptedResponse Json(int statusCode, string json) =>
        new(statusCode, System.Text.Encoding.UTF8.GetBytes(json), "application/json", new Dictionary<string, string>());

    public static ScriptedResponse Bytes(byte[] body, string contentType) =>
        new(200, body, contentType, new Dictionary<string, string>());

    public static ScriptedResponse Redirect(string location) =>
        new(302, [], null, new Dictionary<string, string> { ["Location"] = location });
}
