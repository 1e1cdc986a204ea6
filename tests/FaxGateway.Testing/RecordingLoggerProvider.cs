using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Testing;

/// <summary>Keeps every log entry's event name and text, so a test can assert that something was logged.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>Every entry so far, oldest first.</summary>
    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(_entries);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(logLevel, eventId.Name ?? string.Empty, formatter(state, exception)));
    }
}

/// <summary>One log entry: level, event name and the formatted text.</summary>
public sealed record LogEntry(LogLevel Level, string EventName, string Message);
