using Amazon.SQS;
using FaxGateway.Core.Queues;
using Microsoft.Extensions.Configuration;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// What the dead-letter tools run against: an SQS client, where to write, where confirmations
/// are read from, and the clock. The console supplies one; tests supply their own.
/// </summary>
internal sealed class DeadLetterContext : IDisposable
{
    private readonly Lazy<IAmazonSQS> _sqs;
    private readonly bool _ownsSqs;

    /// <param name="sqs">Makes the client on first use, so a bad AWS configuration is reported like any SQS failure.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where usage errors and refusals go.</param>
    /// <param name="input">Where a confirmation is read from.</param>
    /// <param name="inputIsInteractive">Whether <paramref name="input"/> is a terminal a person can answer on.</param>
    /// <param name="time">The clock that stamps redrives.</param>
    /// <param name="ownsSqs">Whether disposing the context disposes the client.</param>
    public DeadLetterContext(
        Func<IAmazonSQS> sqs, TextWriter output, TextWriter error, TextReader input, bool inputIsInteractive, TimeProvider time, bool ownsSqs)
    {
        _sqs = new Lazy<IAmazonSQS>(sqs);
        _ownsSqs = ownsSqs;
        Out = output;
        Error = error;
        In = input;
        InputIsInteractive = inputIsInteractive;
        Time = time;
    }

    public IAmazonSQS Sqs => _sqs.Value;

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public TextReader In { get; }

    /// <summary>Whether a person can answer a confirmation prompt (standard input is a terminal).</summary>
    public bool InputIsInteractive { get; }

    public TimeProvider Time { get; }

    /// <summary>
    /// Long-poll time of each receive in a scan: a receive that waits this long and gets nothing
    /// ends the scan. Real SQS needs a long poll for that (a short poll samples only some of its
    /// servers and can come back empty while messages wait); the emulator answers at once.
    /// </summary>
    public TimeSpan ScanWaitTime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The real console, and an SQS client from the environment (AWS, or <c>AWS_ENDPOINT_URL_SQS</c>).</summary>
    public static DeadLetterContext ForConsole() => new(
        () => SqsClientFactory.Create(new ConfigurationBuilder().AddEnvironmentVariables().Build()),
        Console.Out,
        Console.Error,
        Console.In,
        inputIsInteractive: !Console.IsInputRedirected,
        TimeProvider.System,
        ownsSqs: true);

    public void Dispose()
    {
        if (_ownsSqs && _sqs.IsValueCreated)
        {
            _sqs.Value.Dispose();
        }
    }
}
