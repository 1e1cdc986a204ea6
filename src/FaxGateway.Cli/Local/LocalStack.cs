using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaxGateway.Cli.Worker;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using FaxGateway.Core.Webhooks;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Cli.Local;

/// <summary>
/// The gateway's whole stack on this machine, as <c>faxgw demo</c> and <c>faxgw faults</c>
/// start it: the SQS emulator with one stage's six queues, the DynamoDB emulator with its
/// attempts table, the carrier simulator, a media server and a callback receiver. Time runs
/// <see cref="Speed"/> times faster than real; <see cref="Settings"/> scales the gateway to match.
/// Disposing stops every part, the last started first.
/// </summary>
internal sealed class LocalStack : IAsyncDisposable
{
    /// <summary>The number the simulated carrier sends from.</summary>
    public const string SendingNumber = "+16175550100";

    private const int EmptyChecksToStop = 3;
    private static readonly TimeSpan QueueCheckEvery = TimeSpan.FromSeconds(2);
    private readonly List<IAsyncDisposable> _parts = [];

    private LocalStack(double speed) => Speed = speed;

    /// <summary>How much faster than real time the simulator and the gateway's waits run.</summary>
    public double Speed { get; }

    public LocalQueues Queues { get; private set; } = null!;

    public LocalAttemptTable Attempts { get; private set; } = null!;

    public FaxSimulatorHost Simulator { get; private set; } = null!;

    public MediaServer Media { get; private set; } = null!;

    public CallbackReceiver Callbacks { get; private set; } = null!;

    /// <summary>The SQS emulator's address, for clients of its own (a flaky one, say).</summary>
    public Uri SqsEndpoint { get; private set; } = null!;

    /// <summary>The DynamoDB emulator's address, for clients of its own (a <c>faxgw run</c> process, say).</summary>
    public Uri DynamoDbEndpoint { get; private set; } = null!;

    /// <summary>
    /// Starts every part, telling <paramref name="say"/> what it does. The simulator runs
    /// <paramref name="simulator"/> at <paramref name="speed"/>; <paramref name="adjustQueues"/>
    /// may change the accelerated queue topology before the queues are created.
    /// </summary>
    public static async Task<LocalStack> StartAsync(
        string stage,
        double speed,
        FaxSimulatorOptions simulator,
        Action<string> say,
        CancellationToken cancellationToken,
        Func<QueueTopology, QueueTopology>? adjustQueues = null)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(say);
        var stack = new LocalStack(speed);
        try
        {
            say($"Starting the SQS emulator (fauxqs) and creating the {stage} stage's queues...");
            var emulator = stack.Own(await SqsEmulator.StartAsync(say, cancellationToken));
            stack.SqsEndpoint = emulator.Endpoint;
            stack.Queues = await LocalQueues.CreateAsync(emulator, stage, speed, cancellationToken, adjustQueues);
            stack.PrintQueues(say);
            say("Starting the DynamoDB emulator (dynalite) for the attempt records...");
            var dynamo = stack.Own(await DynamoDbEmulator.StartAsync(say, cancellationToken));
            stack.DynamoDbEndpoint = dynamo.Endpoint;
            stack.Attempts = await LocalAttemptTable.CreateAsync(dynamo, stage, cancellationToken);
            say($"DynamoDB emulator at {dynamo.Endpoint}; table {stack.Attempts.Name}.");

            simulator.TimeScale = speed;
            stack.Simulator = stack.Own(await FaxSimulatorHost.StartAsync(simulator, cancellationToken: cancellationToken));
            stack.Media = stack.Own(await MediaServer.StartAsync(cancellationToken));
            stack.Callbacks = stack.Own(await CallbackReceiver.StartAsync(TimeProvider.System, cancellationToken));
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The gateway's settings for this stack: <c>MAX_FAX_ATTEMPTS</c> as given, and the
    /// deployed defaults' waits (backoff, polling, run and attempt limits, callback retries)
    /// divided by <see cref="Speed"/>.
    /// </summary>
    public FaxGatewaySettings Settings(int maxFaxAttempts, string carrier) => new()
    {
        MaxFaxAttempts = maxFaxAttempts,
        BackoffDelay = TimeSpan.FromSeconds(Math.Max(1, Math.Round(600 / Speed))),
        Retries = new RetryPolicy().DividedBy(Speed),
        FaxDeadline = FaxGatewaySettings.DefaultFaxDeadline / Speed,
        Polling = PollingSettings.Default with { ExpectedPageTime = PollingSettings.Default.ExpectedPageTime / Speed },
        PollInterval = TimeSpan.FromSeconds(Math.Max(0.01, 15 / Speed)),
        AttemptTimeout = TimeSpan.FromSeconds(Math.Max(1, 840 / Speed)),
        AttemptMaxDuration = TimeSpan.FromSeconds(Math.Max(1, 10_800 / Speed)),
        WebhookTimeout = TimeSpan.FromSeconds(15),

        // The media server and callback receiver are plain http on 127.0.0.1.
        AllowInsecureUrls = true,
        FaxQueueUrl = Queues.Fax,
        RetryQueueUrl = Queues.Retry,
        WebhookQueueUrl = Queues.Webhook,
        FaxDeadLetterQueueUrl = Queues.FaxDeadLetter,
        WebhookDeadLetterQueueUrl = Queues.WebhookDeadLetter,
        AttemptTableName = Attempts.Name,
        WebhookRetrySchedule = ScaledRetrySchedule(Speed),
        Carrier = SimulatedCarriers.For(carrier, Simulator.BaseUrl, SendingNumber),
    };

    /// <summary>The default callback retry schedule, run <paramref name="speed"/> times faster (a second at least: SQS counts whole seconds).</summary>
    internal static WebhookRetrySchedule ScaledRetrySchedule(double speed) =>
        WebhookRetrySchedule.Parse(string.Join(',', WebhookRetrySchedule.DefaultText.Split(',')
            .Select(seconds => Math.Max(1, (int)Math.Round(int.Parse(seconds, CultureInfo.InvariantCulture) / speed)).ToString(CultureInfo.InvariantCulture))))!;

    /// <summary>
    /// The worker's services over this stack's queues (through <paramref name="sqs"/> if given)
    /// and attempts table; <paramref name="configure"/> adds logging, a fault injector and so on first.
    /// </summary>
    public ServiceProvider WorkerServices(
        FaxGatewaySettings settings, WorkerSettings worker, Action<IServiceCollection> configure, IAmazonSQS? sqs = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var services = new ServiceCollection();
        configure(services);
        return services.AddFaxGatewayWorker(settings, worker, sqs ?? Queues.Sqs, Attempts.Dynamo).BuildServiceProvider();
    }

    /// <summary>
    /// Enqueues each fax exactly as an upstream application does: the original's JSON, grouped
    /// by destination, no deduplication id. Callbacks go to <see cref="Callbacks"/>, which is told to expect them.
    /// </summary>
    public async Task EnqueueAsync(IEnumerable<(string FaxId, string To, Uri PdfUrl)> faxes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(faxes);
        foreach (var (faxId, to, pdfUrl) in faxes)
        {
            Callbacks.Expect(faxId);
            var body = new JsonObject
            {
                ["fax_id"] = faxId,
                ["to"] = to,
                ["pdf_url"] = pdfUrl.ToString(),
                ["callback_url"] = Callbacks.CallbackUrl.ToString(),
            };
            await Queues.Sqs.SendMessageAsync(
                new SendMessageRequest { QueueUrl = Queues.Fax.ToString(), MessageBody = body.ToJsonString(), MessageGroupId = to },
                cancellationToken);
        }
    }

    /// <summary>
    /// Waits until every fax in <paramref name="faxIds"/> has had a final callback, or
    /// <paramref name="timeout"/> passes; tells <paramref name="progress"/> how many have
    /// finished every <paramref name="progressEvery"/>, and <paramref name="say"/> when it gives up.
    /// With <paramref name="stopWhenQueuesEmpty"/> it also gives up once the working queues have
    /// stayed empty for a few seconds: nothing is left that could still finish a fax (one moved to a
    /// dead-letter queue, say). True when every fax finished.
    /// </summary>
    public async Task<bool> WaitForFinalCallbacksAsync(
        IReadOnlyCollection<string> faxIds,
        TimeSpan timeout,
        TimeSpan progressEvery,
        Action<int> progress,
        Action<string> say,
        CancellationToken cancellationToken,
        bool stopWhenQueuesEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(faxIds);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(say);
        var clock = Stopwatch.StartNew();
        var nextProgress = progressEvery;
        var nextQueueCheck = QueueCheckEvery;
        var emptyChecks = 0;
        while (true)
        {
            var finished = faxIds.Count(faxId => Callbacks.For(faxId).Any(callback => callback.IsTerminal));
            if (finished == faxIds.Count)
            {
                return true;
            }

            if (clock.Elapsed > timeout)
            {
                say($"Gave up waiting after {timeout.TotalSeconds:0} s: {faxIds.Count - finished} fax(es) have no final callback.");
                return false;
            }

            if (clock.Elapsed > nextProgress)
            {
                progress(finished);
                nextProgress += progressEvery;
            }

            if (stopWhenQueuesEmpty && clock.Elapsed > nextQueueCheck)
            {
                nextQueueCheck += QueueCheckEvery;
                emptyChecks = (await WorkingQueueCountsAsync(cancellationToken)).Values.Sum() == 0 ? emptyChecks + 1 : 0;
                if (emptyChecks == EmptyChecksToStop)
                {
                    say($"Stopped waiting: the queues are empty and {faxIds.Count - finished} fax(es) have no final callback.");
                    return false;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    /// <summary>Messages now in each dead-letter queue, by <c>fax</c>, <c>retry</c> and <c>webhook</c>.</summary>
    public Task<IReadOnlyDictionary<string, int>> DeadLetterCountsAsync(CancellationToken cancellationToken) =>
        CountsAsync([("fax", Queues.FaxDeadLetter), ("retry", Queues.RetryDeadLetter), ("webhook", Queues.WebhookDeadLetter)], cancellationToken);

    /// <summary>Messages in each of the three working queues, visible, in flight or delayed.</summary>
    public Task<IReadOnlyDictionary<string, int>> WorkingQueueCountsAsync(CancellationToken cancellationToken) =>
        CountsAsync([("fax", Queues.Fax), ("retry", Queues.Retry), ("webhook", Queues.Webhook)], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        for (var i = _parts.Count - 1; i >= 0; i--)
        {
            await _parts[i].DisposeAsync();
        }

        _parts.Clear();
    }

    private async Task<IReadOnlyDictionary<string, int>> CountsAsync(IEnumerable<(string Name, Uri Url)> queues, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, url) in queues)
        {
            var attributes = await Queues.Sqs.GetQueueAttributesAsync(
                new GetQueueAttributesRequest
                {
                    QueueUrl = url.ToString(),
                    AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed"],
                },
                cancellationToken);
            counts[name] = attributes.ApproximateNumberOfMessages + attributes.ApproximateNumberOfMessagesNotVisible
                + attributes.ApproximateNumberOfMessagesDelayed;
        }

        return counts;
    }

    private void PrintQueues(Action<string> say)
    {
        say($"SQS emulator at {SqsEndpoint}; queues (visibility timeouts divided by {Speed:0.#}):");
        foreach (var queue in Queues.Topology.All)
        {
            var redrive = queue.DeadLetterQueueName is null ? "dead-letter queue, kept 14 days" : $"to {queue.DeadLetterQueueName} after {queue.MaxReceiveCount} receives";
            say($"  {queue.Name,-34} {(queue.IsFifo ? "FIFO" : "standard"),-8} visibility {queue.VisibilityTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture),4} s, {redrive}");
        }
    }

    private T Own<T>(T part)
        where T : IAsyncDisposable
    {
        _parts.Add(part);
        return part;
    }
}
