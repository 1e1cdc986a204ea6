using System.Diagnostics;
using System.Globalization;

namespace FaxGateway.Cli.Benchmark;

/// <summary>CPU time and memory of the gateway process.</summary>
/// <param name="Cpu">User plus system CPU time so far.</param>
/// <param name="PeakMemoryBytes">The most resident memory it ever had (Linux's VmHWM).</param>
internal sealed record ProcessUsage(TimeSpan Cpu, long PeakMemoryBytes)
{
    public double PeakMemoryMegabytes => PeakMemoryBytes / (1024.0 * 1024.0);
}

/// <summary>
/// <c>faxgw run</c> as its own process, the way it runs in a container: the built faxgw started
/// with <c>dotnet exec</c>, configured only by its environment, its log written to a file, and
/// stopped with SIGTERM. Its CPU time and peak memory are read while it is alive.
/// </summary>
internal sealed class GatewayProcess : IAsyncDisposable
{
    private const string QueueStartedText = "Worker consuming the";
    private const int QueuesConsumed = 3;
    private const int TailLines = 40;
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _gate = new();
    private readonly Queue<string> _tail = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _queuesStarted;
    private bool _closed;
    private ProcessUsage _lastUsage = new(TimeSpan.Zero, 0);

    private GatewayProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote, for an error message.</summary>
    public string Tail
    {
        get
        {
            lock (_gate)
            {
                return string.Join(Environment.NewLine, _tail);
            }
        }
    }

    /// <summary>
    /// Starts faxgw's <c>run</c> with exactly <paramref name="environment"/> (plus what the .NET
    /// runtime needs to start), writing everything it prints to <paramref name="logFile"/>.
    /// </summary>
    public static GatewayProcess Start(IReadOnlyDictionary<string, string> environment, FileInfo logFile)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(logFile);
        var start = new ProcessStartInfo("dotnet", ["exec", FaxgwAssembly(), "run"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        foreach (var name in new[] { "PATH", "HOME", "DOTNET_ROOT", "TMPDIR", "DOTNET_CLI_HOME" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        logFile.Directory?.Create();
        var log = new StreamWriter(logFile.FullName, append: false) { AutoFlush = false };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var gateway = new GatewayProcess(process, log);
        process.OutputDataReceived += (_, e) => gateway.Append(e.Data);
        process.ErrorDataReceived += (_, e) => gateway.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return gateway;
    }

    /// <summary>Waits until the worker consumes all three queues; throws with its last lines if it exits or takes too long.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var exited = _process.WaitForExitAsync(limit.Token);
        var ready = _ready.Task.WaitAsync(limit.Token);
        try
        {
            if (await Task.WhenAny(ready, exited) == exited && !_ready.Task.IsCompleted)
            {
                await exited;
                throw new InvalidOperationException($"faxgw run exited with code {_process.ExitCode} before it started:{Environment.NewLine}{Tail}");
            }

            await ready;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"faxgw run did not start consuming its queues within {timeout.TotalSeconds:0} s:{Environment.NewLine}{Tail}");
        }
    }

    /// <summary>CPU time and peak memory now (or as last read, once the process is gone).</summary>
    public ProcessUsage Sample()
    {
        try
        {
            _lastUsage = ReadProcess();
        }
        catch (InvalidOperationException)
        {
            // Exited: keep the last reading.
        }

        return _lastUsage;
    }

    /// <summary>Reads the usage one last time, then SIGTERMs the process and waits for it to stop; returns the usage and its exit code.</summary>
    public async Task<(ProcessUsage Usage, int? ExitCode)> StopAsync()
    {
        var usage = Sample();
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        using var grace = new CancellationTokenSource(StopGrace);
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        return (usage, _process.ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        lock (_gate)
        {
            // Output still arriving after this is dropped, not written to a closed file.
            _closed = true;
            _log.Flush();
        }

        await _log.DisposeAsync();
    }

    /// <summary>The faxgw assembly this code runs in (the bench is part of faxgw itself).</summary>
    private static string FaxgwAssembly()
    {
        var location = typeof(GatewayProcess).Assembly.Location;
        return string.IsNullOrEmpty(location)
            ? throw new InvalidOperationException("faxgw bench needs faxgw as an assembly on disk (run it with dotnet run, or a non-single-file publish).")
            : location;
    }

    /// <summary>On Linux, .NET reads these from /proc/PID/stat (utime + stime) and /proc/PID/status (VmHWM).</summary>
    private ProcessUsage ReadProcess()
    {
        _process.Refresh();
        return new ProcessUsage(_process.TotalProcessorTime, _process.PeakWorkingSet64);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _log.WriteLine(line);
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }

            if (line.Contains(QueueStartedText, StringComparison.Ordinal) && ++_queuesStarted == QueuesConsumed)
            {
                _ready.TrySetResult();
            }
        }
    }
}
