using System.Globalization;
using FaxGateway.Cli.Local;
using FaxGateway.Core.Carriers;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Cli.Benchmark;

/// <summary>Where the gateway process finds the bench's local stack.</summary>
/// <param name="Sqs">The SQS endpoint (the emulator, or the recording pass-through in front of it).</param>
/// <param name="DynamoDb">The DynamoDB emulator.</param>
/// <param name="Queues">The queue URLs by variable: <c>QUEUE_URL_FAX</c>, <c>QUEUE_URL_RETRY</c> and so on.</param>
/// <param name="Table">The attempts table.</param>
/// <param name="Simulator">The carrier simulator's base URL.</param>
internal sealed record StackEndpoints(Uri Sqs, Uri DynamoDb, IReadOnlyDictionary<string, Uri> Queues, string Table, Uri Simulator)
{
    /// <summary>The endpoints of <paramref name="stack"/>, with the gateway's SQS requests going to <paramref name="sqs"/>.</summary>
    public static StackEndpoints Of(LocalStack stack, Uri sqs)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var queues = new Dictionary<string, Uri>(StringComparer.Ordinal)
        {
            ["QUEUE_URL_FAX"] = stack.Queues.Fax,
            ["QUEUE_URL_RETRY"] = stack.Queues.Retry,
            ["QUEUE_URL_WEBHOOK"] = stack.Queues.Webhook,
            ["QUEUE_URL_FAX_DLQ"] = stack.Queues.FaxDeadLetter,
            ["QUEUE_URL_WEBHOOK_DLQ"] = stack.Queues.WebhookDeadLetter,
        };
        return new StackEndpoints(sqs, stack.DynamoDbEndpoint, queues, stack.Attempts.Name, stack.Simulator.BaseUrl);
    }
}

/// <summary>
/// The complete environment of one <c>faxgw run</c> process in the bench: the stack's queues,
/// table and emulators, the simulated carrier's variables, the worker's concurrency, and the
/// policy's scheduling variables, every wait divided by the speed. Nothing else configures it.
/// </summary>
internal static class GatewayEnvironment
{
    public static Dictionary<string, string> For(StackEndpoints stack, string carrier, string policy, double speed, int faxConcurrency)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS_ENDPOINT_URL_SQS"] = stack.Sqs.ToString(),
            ["AWS_ENDPOINT_URL_DYNAMODB"] = stack.DynamoDb.ToString(),
            ["AWS_REGION"] = "us-east-1",
            ["TABLE_NAME_ATTEMPTS"] = stack.Table,

            // The media server and callback receiver are plain http on 127.0.0.1.
            ["ALLOW_INSECURE_URLS"] = "true",
            ["WEBHOOK_RETRY_SCHEDULE"] = LocalStack.ScaledRetrySchedule(speed).ToString(),
            ["WORKER_FAX_CONCURRENCY"] = faxConcurrency.ToString(CultureInfo.InvariantCulture),
            ["WORKER_WAIT_TIME"] = "1",
            ["WORKER_SHUTDOWN_GRACE"] = "5",
        };
        foreach (var (name, url) in stack.Queues)
        {
            environment[name] = url.ToString();
        }

        foreach (var (name, value) in Carrier(carrier, stack.Simulator))
        {
            environment[name] = value;
        }

        foreach (var (name, value) in BenchPolicies.Environment(policy, speed))
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary><c>FAX_CARRIER</c> and that carrier's variables, against the simulator with its default credentials.</summary>
    public static IReadOnlyDictionary<string, string> Carrier(string carrier, Uri simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var url = simulator.ToString();
        var number = LocalStack.SendingNumber;
        var variables = carrier switch
        {
            CarrierNames.Telnyx => new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["TELNYX_API_KEY"] = FaxSimulatorOptions.DefaultTelnyxApiKey,
                ["TELNYX_CONNECTION_ID"] = FaxSimulatorOptions.DefaultTelnyxConnectionId,
                ["TELNYX_PHONE_NUMBER"] = number,
                ["TELNYX_BASE_URL"] = url,
            },
            CarrierNames.Twilio => new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["TWILIO_SID"] = FaxSimulatorOptions.DefaultAccountSid,
                ["TWILIO_AUTH_TOKEN"] = FaxSimulatorOptions.DefaultAuthToken,
                ["TWILIO_PHONE_NUMBER"] = number,
                ["TWILIO_FAX_BASE_URL"] = url,
            },
            CarrierNames.SignalWire => new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["SIGNALWIRE_PROJECT_ID"] = FaxSimulatorOptions.DefaultSignalWireProjectId,
                ["SIGNALWIRE_API_TOKEN"] = FaxSimulatorOptions.DefaultSignalWireApiToken,
                ["SIGNALWIRE_PHONE_NUMBER"] = number,
                ["SIGNALWIRE_SPACE_URL"] = url,
            },
            CarrierNames.Sinch => new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["SINCH_PROJECT_ID"] = FaxSimulatorOptions.DefaultSinchProjectId,
                ["SINCH_KEY_ID"] = FaxSimulatorOptions.DefaultSinchKeyId,
                ["SINCH_KEY_SECRET"] = FaxSimulatorOptions.DefaultSinchKeySecret,
                ["SINCH_PHONE_NUMBER"] = number,
                ["SINCH_BASE_URL"] = url,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(carrier), carrier, $"The simulator speaks {string.Join(", ", SimulatedCarriers.Names)}"),
        };
        variables[CarrierSettingsLoader.Variable] = carrier;
        return variables;
    }
}
