using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace FaxGateway.Cli.FaultRun;

/// <summary>
/// Counts the gateway's warning and error log events by event name, so the fault-injection run
/// can say how the gateway saw the faults without printing thousands of lines, and keeps each
/// fax's own events (by its <c>FaxId</c> log value or scope, or a fault-run fax id in the
/// exception's message) to explain a fax that went wrong.
/// </summary>
internal sealed partial class GatewayLogTally(TimeProvider time) : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Event>> _byFax = new(StringComparer.Ordinal);
    private readonly AsyncLocal<ImmutableStack<object>> _scopes = new();

    /// <summary>One warning or error about one fax.</summary>
    public sealed record Event(DateTimeOffset At, string Name, string Text);

    /// <summary>
    /// Warning-or-worse events so far, by event name (the category's last part and id when
    /// unnamed) and the exception's type, with its inner exception's: <c>MessageFailed (FaxProcessingException/CarrierException)</c>.
    /// </summary>
    public IReadOnlyDictionary<string, int> Counts => new SortedDictionary<string, int>(_counts, StringComparer.Ordinal);

    /// <summary>The warnings and errors about <paramref name="faxId"/>, oldest first.</summary>
    public IReadOnlyList<Event> EventsOf(string faxId) => _byFax.TryGetValue(faxId, out var events) ? [.. events] : [];

    public ILogger CreateLogger(string categoryName) => new Tally(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string category, EventId eventId, object? state, Exception? exception, string text)
    {
        var name = eventId.Name ?? $"{category[(category.LastIndexOf('.') + 1)..]}:{eventId.Id}";
        var kind = exception is null
            ? name
            : $"{name} ({exception.GetType().Name}{(exception.InnerException is { } cause ? "/" + cause.GetType().Name : string.Empty)})";
        _counts.AddOrUpdate(kind, 1, (_, count) => count + 1);
        if (FaxIdOf(state, exception) is { } faxId)
        {
            var detail = exception is null ? text : $"{text} [{exception.GetType().Name}: {exception.Message}]";
            _byFax.GetOrAdd(faxId, _ => new ConcurrentQueue<Event>()).Enqueue(new Event(time.GetUtcNow(), name, detail));
        }
    }

    private string? FaxIdOf(object? state, Exception? exception)
    {
        foreach (var values in (_scopes.Value ?? []).Prepend(state))
        {
            if (values is IEnumerable<KeyValuePair<string, object?>> pairs
                && pairs.FirstOrDefault(pair => pair.Key == "FaxId").Value is string faxId)
            {
                return faxId;
            }
        }

        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (FaultRunFaxId().Match(cause.Message) is { Success: true } match)
            {
                return match.Value;
            }
        }

        return null;
    }

    /// <summary>The fault run's fax ids (<c>fx-0001</c>).</summary>
    [GeneratedRegex(@"\bfx-[0-9]+\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex FaultRunFaxId();

    private sealed class Tally(GatewayLogTally owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            var outer = owner._scopes.Value ?? [];
            owner._scopes.Value = outer.Push(state);
            return new Scope(owner, outer);
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Add(category, eventId, state, exception, formatter(state, exception));
            }
        }
    }

    private sealed class Scope(GatewayLogTally owner, ImmutableStack<object> outer) : IDisposable
    {
        public void Dispose() => owner._scopes.Value = outer;
    }
}
