using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaxGateway.Cli.Local;
using FaxGateway.Cli.Worker;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Webhooks;
using FaxGateway.Core.Serialization;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using FaxGateway.Simulator.Documents;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;
using Microsoft.Extensions.Logging;

namespace FaxGateway.IntegrationTests;

/// <summary>
/// Everything one test needs, real and on loopback: its own queues and attempt table in the
/// shared emulators, a carrier simulator, a media server, a callback receiver that behaves like a real client, and
/// the worker running the gateway's processors. Time runs <see cref="Speed"/> times faster
/// than real: a page takes 60/Speed seconds.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const double Speed = 600;
    private static readonly TimeSpan MinimumFaxVisibility = TimeSpan.FromSeconds(10);
    private readonly List<IAsyncDisposable> _parts = [];

    private GatewayHarness()
    {
    }

    public LocalQueues Queues { get; private set; } = null!;

    /// <summary>This test's table of attempt records in the shared DynamoDB emulator.</summary>
    public LocalAttemptTable Attempts { get; private set; } = null!;

    public FaxSimulatorHost Simulator { get; private set; } = null!;

    public MediaServer Media { get; private set; } = null!;

    public CallbackReceiver Callbacks { get; private set; } = null!;

    public FaxGatewaySettings Settings { get; private set; } = null!;

    public IAmazonSQS Sqs => Queues.Sqs;

    /// <summary>
    /// Starts everything; <paramref name="configure"/> may change the settings before the worker
    /// starts, <paramref name="startWorker"/> false leaves the queues to the test alone, and
    /// <paramref name="carrier"/> picks the API the gateway speaks to the simulator (a
    /// <see cref="CarrierNames"/> value; the simulator serves them all), and
    /// <paramref name="faults"/> stops the processors at chosen points as a killed process would;
    /// <paramref name="faxVisibility"/> sets the fax queue's visibility timeout, for tests of
    /// messages that fail and come back.
    /// </summary>
    public static async Task<GatewayHarness> StartAsync(
        IDictionary<string, LineScript>? lines = null,
        Func<FaxGatewaySettings, FaxGatewaySettings>? configure = null,
        double speed = Speed,
        bool startWorker = true,
        string carrier = CarrierNames.Twilio,
        ILoggerProvider? logs = null,
        IFaultInjector? faults = null,
        TimeSpan? faxVisibility = null)
    {
        var harness = new GatewayHarness();
        var emulator = await SharedEmulator.GetAsync();
        var stage = "t" + Guid.NewGuid().ToString("N")[..10];
        harness.Queues = await LocalQueues.CreateAsync(
            emulator,
            stage,
            speed,
            CancellationToken.None,
            topology => faxVisibility is { } visibility
                ? topology with { Fax = topology.Fax with { VisibilityTimeout = visibility } }
                : KeepFaxesHiddenLongEnough(topology));
        harness.Attempts = await LocalAttemptTable.CreateAsync(await SharedDynamoDb.GetAsync(), stage, CancellationToken.None);
        var simulatorOptions = new FaxSimulatorOptions { TimeScale = speed };
        foreach (var (number, script) in lines ?? new Dictionary<string, LineScript>())
        {
            simulatorOptions.Lines[number] = script;
        }

        harness.Simulator = harness.Own(await FaxSimulatorHost.StartAsync(simulatorOptions));
        harness.Media = harness.Own(await MediaServer.StartAsync(CancellationToken.None));
        harness.Callbacks = harness.Own(await CallbackReceiver.StartAsync(TimeProvider.System, CancellationToken.None));
        harness.Settings = (configure ?? (s => s))(DefaultSettings(harness, speed, carrier));
        if (startWorker)
        {
            harness.StartWorker(logs, faults ?? NoFaults.Instance);
        }

        return harness;
    }

    /// <summary>Enqueues a fax as an upstream application does and returns its id.</summary>
    public async Task<Fax> SendFaxAsync(string faxId, string to, int pages = 1, Uri? callbackUrl = null)
    {
        var pdfUrl = Media.Publish($"{faxId}.pdf", SampleFaxDocument.Create(pages, $"Form for {faxId}"));
        var fax = new Fax(faxId, to, pdfUrl.ToString(), (callbackUrl ?? Callbacks.CallbackUrl).ToString());
        Callbacks.Expect(faxId);
        await SendRawAsync(JsonSerializer.Serialize(fax, GatewayJson.Fax), to);
        return fax;
    }

    /// <summary>Puts any body on the fax queue, in <paramref name="group"/>.</summary>
    public Task SendRawAsync(string body, string group) =>
        Sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = Queues.Fax.ToString(), MessageBody = body, MessageGroupId = group });

    /// <summary>Waits until <paramref name="faxId"/> has had a final callback and returns all its callbacks.</summary>
    public async Task<IReadOnlyList<ReceivedCallback>> WaitForFinalCallbackAsync(string faxId, TimeSpan? timeout = null)
    {
        await Eventually.ThatAsync(() => Callbacks.For(faxId).Any(c => c.IsTerminal), timeout, $"a final callback for {faxId}");
        return Callbacks.For(faxId);
    }

    /// <summary>How many messages <paramref name="queueUrl"/> holds that are ready to receive.</summary>
    public async Task<int> CountAsync(Uri queueUrl)
    {
        var attributes = await Sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = queueUrl.ToString(),
            AttributeNames = ["ApproximateNumberOfMessages"],
        });
        return attributes.ApproximateNumberOfMessages;
    }

    /// <summary>
    /// Receives every message now in <paramref name="queueUrl"/>, attributes included, and
    /// leaves them hidden for a minute: for reading what a queue the test owns has collected.
    /// </summary>
    public async Task<IReadOnlyList<Message>> ReceiveAllAsync(Uri queueUrl)
    {
        var all = new List<Message>();
        while (true)
        {
            var response = await Sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queueUrl.ToString(),
                MaxNumberOfMessages = 10,
                VisibilityTimeout = 60,
                MessageAttributeNames = ["All"],
                MessageSystemAttributeNames = ["All"],
            });
            if (response.Messages is not { Count: > 0 } messages)
            {
                return all;
            }

            all.AddRange(messages);
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _parts.Count - 1; i >= 0; i--)
        {
            await _parts[i].DisposeAsync();
        }
    }

    /// <summary>
    /// Accelerated, the fax queue's visibility timeout would be a second or two, and a busy
    /// machine can miss a visibility heartbeat by that much, handing a fax in progress out a
    /// second time. Ten seconds keeps the tests about the gateway, not the machine's load.
    /// </summary>
    private static QueueTopology KeepFaxesHiddenLongEnough(QueueTopology topology) =>
        topology.Fax.VisibilityTimeout >= MinimumFaxVisibility
            ? topology
            : topology with { Fax = topology.Fax with { VisibilityTimeout = MinimumFaxVisibility } };

    private static FaxGatewaySettings DefaultSettings(GatewayHarness harness, double speed, string carrier) => new()
    {
        MaxFaxAttempts = 20,
        BackoffDelay = TimeSpan.FromSeconds(1),
        Retries = new RetryPolicy().DividedBy(speed),
        FaxDeadline = FaxGatewaySettings.DefaultFaxDeadline / speed,
        Polling = PollingSettings.Default with { ExpectedPageTime = PollingSettings.Default.ExpectedPageTime / speed },
        PollInterval = TimeSpan.FromSeconds(15 / speed),
        AttemptTimeout = TimeSpan.FromSeconds(840 / speed),
        AttemptMaxDuration = TimeSpan.FromSeconds(10_800 / speed),
        WebhookTimeout = TimeSpan.FromSeconds(5),

        // The media server and callback receivers are plain http on 127.0.0.1.
        AllowInsecureUrls = true,
        FaxQueueUrl = harness.Queues.Fax,
        RetryQueueUrl = harness.Queues.Retry,
        WebhookQueueUrl = harness.Queues.Webhook,
        FaxDeadLetterQueueUrl = harness.Queues.FaxDeadLetter,
        WebhookDeadLetterQueueUrl = harness.Queues.WebhookDeadLetter,
        AttemptTableName = harness.Attempts.Name,
        // A second between callback tries (SQS counts whole seconds), so the 20 tries before the
        // dead-letter queue take seconds, not a day.
        WebhookRetrySchedule = WebhookRetrySchedule.Parse("1")!,
        Carrier = SimulatedCarriers.For(carrier, harness.Simulator.BaseUrl, "+16175550100"),
    };

    private void StartWorker(ILoggerProvider? logs, IFaultInjector faults)
    {
        var worker = new WorkerSettings { WaitTime = TimeSpan.FromSeconds(1), ShutdownGrace = TimeSpan.FromSeconds(2) };
        var services = new ServiceCollection()
            .AddLogging(logging =>
            {
                if (logs is not null)
                {
                    logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
                }
            })
            .AddSingleton(faults)
            .AddFaxGatewayWorker(Settings, worker, Sqs, Attempts.Dynamo)
            .BuildServiceProvider();
        Own(services);
        Own(RunningWorker.Start(services.GetRequiredService<GatewayWorker>(), worker.ShutdownGrace));
    }

    private T Own<T>(T part)
        where T : IAsyncDisposable
    {
        _parts.Add(part);
        return part;
    }
}
