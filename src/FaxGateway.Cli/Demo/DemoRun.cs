using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaxGateway.Cli.Local;
using FaxGateway.Cli.Worker;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Settings;
using FaxGateway.Core.Webhooks;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Cli.Demo;

/// <summary>
/// <c>faxgw demo</c>: the gateway's main job, end to end on this machine. It starts the SQS
/// emulator and creates the six queues, starts the carrier simulator, a media server and a
/// callback receiver, enqueues a batch of faxes as an upstream application does, runs the
/// worker (the same processors as the Lambda functions) and reports every fax's fate.
/// </summary>
internal sealed class DemoRun(DemoOptions options, TextWriter output)
{
    private const string Stage = "local";
    private const string SendingNumber = "+16175550100";
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = new();
    private readonly Lock _outputGate = new();

    /// <summary>Runs the demo; 0 when every fax got exactly one final callback and nothing was sent twice.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        _clock.Start();
        Say($"Starting the SQS emulator (fauxqs) and creating the {Stage} stage's queues...");
        await using var emulator = await SqsEmulator.StartAsync(Say, cancellationToken);
        var queues = await LocalQueues.CreateAsync(emulator, Stage, options.Speed, cancellationToken);
        PrintQueues(queues, emulator.Endpoint);
        Say("Starting the DynamoDB emulator (dynalite) for the attempt records...");
        await using var dynamo = await DynamoDbEmulator.StartAsync(Say, cancellationToken);
        var attempts = await LocalAttemptTable.CreateAsync(dynamo, Stage, cancellationToken);
        Say($"DynamoDB emulator at {dynamo.Endpoint}; table {attempts.Name}.");

        await using var simulator = await FaxSimulatorHost.StartAsync(SimulatorOptions(), cancellationToken: cancellationToken);
        await using var media = await MediaServer.StartAsync(cancellationToken);
        await using var receiver = await CallbackReceiver.StartAsync(TimeProvider.System, cancellationToken);
        Say($"Carrier simulator at {simulator.BaseUrl}, speaking the {options.Carrier} API; time x{options.Speed:0.#} (a page takes {60 / options.Speed:0.##} s).");

        var faxes = Plan(media);
        var start = DateTimeOffset.UtcNow;
        foreach (var fax in faxes)
        {
            receiver.Expect(fax.FaxId);
        }

        receiver.Received += callback => Say($"{callback.FaxId,-8} {callback.Status,-9} {callback.Message}");
        var settings = GatewaySettings(queues, attempts.Name, simulator.BaseUrl);
        await using (var services = WorkerServices(settings, queues.Sqs, attempts.Dynamo))
        await using (RunningWorker.Start(services.GetRequiredService<GatewayWorker>(), TimeSpan.FromSeconds(5)))
        {
            Say($"Worker running: MAX_FAX_ATTEMPTS={settings.MaxFaxAttempts}, BACKOFF_DELAY={settings.BackoffDelay.TotalSeconds:0.#} s, poll every {settings.PollInterval.TotalSeconds:0.##} s.");
            await EnqueueAsync(queues, faxes, receiver.CallbackUrl, cancellationToken);
            await WaitForFinalCallbacksAsync(faxes, receiver, cancellationToken);
        }

        var report = DemoReport.Build(faxes, receiver, simulator.Record, await DeadLetterCountsAsync(queues, cancellationToken), start);
        report.Print(output);
        Say(report.Passed ? "Demo finished: every fax got its final callback." : "Demo FAILED: see the checks above.");
        return report.Passed ? 0 : 1;
    }

    private FaxSimulatorOptions SimulatorOptions()
    {
        var simulator = new FaxSimulatorOptions
        {
            TimeScale = options.Speed,
            BackgroundBusyProbability = options.BackgroundBusyProbability,
        };
        foreach (var office in DemoBatch.Offices)
        {
            simulator.Lines[office.Number] = office.Line;
        }

        return simulator;
    }

    private List<DemoFax> Plan(MediaServer media)
    {
        var documents = DemoDocuments.Load(options.PdfFolder);
        var faxes = new List<DemoFax>();
        foreach (var office in DemoBatch.Offices)
        {
            for (var i = 0; i < office.Faxes; i++)
            {
                var document = documents[faxes.Count % documents.Count];
                var faxId = $"fax-{faxes.Count + 1:00}";
                faxes.Add(new DemoFax(faxId, office, document.Name, document.Pages, media.Publish($"{faxId}-{document.Name}", document.Pdf)));
            }

            Say($"  {office.Name} ({PhoneNumbers.Mask(office.Number)}): {office.Faxes} fax(es); line {office.Behaviour}");
        }

        return faxes;
    }

    private FaxGatewaySettings GatewaySettings(LocalQueues queues, string attemptTable, Uri carrier) => new()
    {
        MaxFaxAttempts = options.MaxFaxAttempts,
        BackoffDelay = TimeSpan.FromSeconds(Math.Max(1, Math.Round(600 / options.Speed))),
        PollInterval = TimeSpan.FromSeconds(Math.Max(0.01, 15 / options.Speed)),
        AttemptTimeout = TimeSpan.FromSeconds(Math.Max(1, 840 / options.Speed)),
        AttemptMaxDuration = TimeSpan.FromSeconds(Math.Max(1, 10_800 / options.Speed)),
        WebhookTimeout = TimeSpan.FromSeconds(15),

        // The demo's media server and callback receiver are plain http on 127.0.0.1.
        AllowInsecureUrls = true,
        FaxQueueUrl = queues.Fax,
        RetryQueueUrl = queues.Retry,
        WebhookQueueUrl = queues.Webhook,
        FaxDeadLetterQueueUrl = queues.FaxDeadLetter,
        WebhookDeadLetterQueueUrl = queues.WebhookDeadLetter,
        AttemptTableName = attemptTable,
        WebhookRetrySchedule = ScaledRetrySchedule(options.Speed),
        Carrier = SimulatedCarriers.For(options.Carrier, carrier, SendingNumber),
    };

    /// <summary>The default callback retry schedule, run <paramref name="speed"/> times faster (a second at least: SQS counts whole seconds).</summary>
    internal static WebhookRetrySchedule ScaledRetrySchedule(double speed) =>
        WebhookRetrySchedule.Parse(string.Join(',', WebhookRetrySchedule.DefaultText.Split(',')
            .Select(seconds => Math.Max(1, (int)Math.Round(int.Parse(seconds, CultureInfo.InvariantCulture) / speed)).ToString(CultureInfo.InvariantCulture))))!;

    private ServiceProvider WorkerServices(FaxGatewaySettings settings, IAmazonSQS sqs, IAmazonDynamoDB dynamo)
    {
        var worker = new WorkerSettings { WaitTime = TimeSpan.FromSeconds(1), ShutdownGrace = TimeSpan.FromSeconds(5) };
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddSimpleConsole(console => console.SingleLine = true)
            .SetMinimumLevel(options.Verbose ? LogLevel.Information : LogLevel.Error));
        return services.AddFaxGatewayWorker(settings, worker, sqs, dynamo).BuildServiceProvider();
    }

    /// <summary>Enqueues each fax exactly as an upstream application does: the original's JSON, grouped by destination, no deduplication id.</summary>
    private async Task EnqueueAsync(LocalQueues queues, List<DemoFax> faxes, Uri callbackUrl, CancellationToken cancellationToken)
    {
        foreach (var fax in faxes)
        {
            var body = new JsonObject
            {
                ["fax_id"] = fax.FaxId,
                ["to"] = fax.Office.Number,
                ["pdf_url"] = fax.PdfUrl.ToString(),
                ["callback_url"] = callbackUrl.ToString(),
            };
            await queues.Sqs.SendMessageAsync(
                new SendMessageRequest { QueueUrl = queues.Fax.ToString(), MessageBody = body.ToJsonString(), MessageGroupId = fax.Office.Number },
                cancellationToken);
        }

        Say($"Enqueued {faxes.Count} faxes to {faxes.Select(f => f.Office.Number).Distinct().Count()} offices. Progress (callbacks as they arrive):");
    }

    private async Task WaitForFinalCallbacksAsync(List<DemoFax> faxes, CallbackReceiver receiver, CancellationToken cancellationToken)
    {
        var deadline = _clock.Elapsed + options.Timeout;
        var nextProgress = _clock.Elapsed + ProgressEvery;
        while (true)
        {
            var finished = faxes.Count(fax => receiver.For(fax.FaxId).Any(callback => callback.IsTerminal));
            if (finished == faxes.Count)
            {
                return;
            }

            if (_clock.Elapsed > deadline)
            {
                Say($"Gave up waiting after {options.Timeout.TotalSeconds:0} s: {faxes.Count - finished} fax(es) have no final callback.");
                return;
            }

            if (_clock.Elapsed > nextProgress)
            {
                Say($"... {finished} of {faxes.Count} faxes finished");
                nextProgress += ProgressEvery;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static async Task<IReadOnlyDictionary<string, int>> DeadLetterCountsAsync(LocalQueues queues, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, url) in new[] { ("fax", queues.FaxDeadLetter), ("retry", queues.RetryDeadLetter), ("webhook", queues.WebhookDeadLetter) })
        {
            var attributes = await queues.Sqs.GetQueueAttributesAsync(
                new GetQueueAttributesRequest { QueueUrl = url.ToString(), AttributeNames = ["ApproximateNumberOfMessages"] },
                cancellationToken);
            counts[name] = attributes.ApproximateNumberOfMessages;
        }

        return counts;
    }

    private void PrintQueues(LocalQueues queues, Uri endpoint)
    {
        Say($"SQS emulator at {endpoint}; queues (visibility timeouts divided by {options.Speed:0.#}):");
        foreach (var queue in queues.Topology.All)
        {
            var redrive = queue.DeadLetterQueueName is null ? "dead-letter queue, kept 14 days" : $"to {queue.DeadLetterQueueName} after {queue.MaxReceiveCount} receives";
            Say($"  {queue.Name,-34} {(queue.IsFifo ? "FIFO" : "standard"),-8} visibility {queue.VisibilityTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture),4} s, {redrive}");
        }
    }

    private void Say(string line)
    {
        lock (_outputGate)
        {
            output.WriteLine($"[{_clock.Elapsed.TotalSeconds,5:0.0}s] {line}");
        }
    }
}
