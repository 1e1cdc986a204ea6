using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Testing;

/// <summary>
/// A logger provider that keeps every line as it would be written: the message, every scope
/// around it and the exception with its stack, so a test can search all of it for leaks.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Every line so far, one string each (message, scopes and exception together).</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        var line = new StringBuilder().Append(level).Append(' ').Append(category).Append(": ").Append(message);
        _scopes.ForEachScope((scope, builder) => builder.Append(" => ").Append(scope), line);
        if (exception is not null)
        {
            line.Append(' ').Append(exception);
        }

        _lines.Enqueue(line.ToString());
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured values too: a template may print a value differently than it stores it.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? " {" + string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) + "}"
                : string.Empty;
            logs.Write(category, logLevel, formatter(state, exception) + values, exception);
        }
    }
}
