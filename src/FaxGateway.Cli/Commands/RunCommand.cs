using System.CommandLine;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.SQS;
using FaxGateway.Cli.Worker;
using FaxGateway.Core.Attempts;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FaxGateway.Cli.Commands;

/// <summary>
/// <c>faxgw run</c>: the long-lived worker. Settings come from the environment exactly as the
/// Lambda functions read them, plus <c>WORKER_*</c>; a bad setting stops it at once with one
/// message naming every problem. Exit codes: 0 stopped on request, 1 the worker failed, 2 bad settings.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json-logs") { Description = "Write logs as JSON lines (for log shippers) instead of text." };
        var command = new Command(
            "run",
            "Run the fax, retry and webhook processors against SQS until stopped (Ctrl+C or SIGTERM). " +
            "Configured by environment variables (QUEUE_URL_*, TWILIO_*, WORKER_*; see the README's Configuration section).")
        {
            json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(bool jsonLogs, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        if (!TryReadSettings(builder.Configuration, out var settings, out var worker, out var clients, out var problems))
        {
            await Console.Error.WriteLineAsync(problems);
            return 2;
        }

        ConfigureLogging(builder.Logging, jsonLogs);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = worker.ShutdownGrace + TimeSpan.FromSeconds(15));
        builder.Services.AddFaxGatewayWorker(settings, worker, clients.Sqs, clients.Dynamo);
        builder.Services.AddSingleton<WorkerOutcome>();
        builder.Services.AddHostedService<WorkerService>();
        var host = builder.Build();
        var outcome = host.Services.GetRequiredService<WorkerOutcome>();
        await host.RunAsync(cancellationToken);
        return outcome.Failed ? 1 : 0;
    }

    /// <summary>Reads every setting, the worker's and the AWS clients' included, so one message names every problem.</summary>
    private static bool TryReadSettings(
        IConfiguration configuration, out FaxGatewaySettings settings, out WorkerSettings worker, out (IAmazonSQS Sqs, IAmazonDynamoDB Dynamo) clients, out string problems)
    {
        var reader = new SettingsReader(configuration);
        settings = FaxGatewaySettings.Read(reader);
        worker = WorkerSettings.Read(reader);
        clients = (null!, null!);
        try
        {
            clients = (SqsClientFactory.Create(configuration), DynamoDbClientFactory.Create(configuration));
        }
        catch (AmazonClientException)
        {
            reader.AddProblem(
                "no AWS region is configured: set AWS_REGION (or AWS_ENDPOINT_URL_SQS and AWS_ENDPOINT_URL_DYNAMODB to use the emulators)");
        }

        problems = reader.Problems.Count == 0 ? string.Empty : new SettingsException(reader.Problems).Message;
        return reader.Problems.Count == 0;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, bool jsonLogs)
    {
        logging.ClearProviders();
        if (jsonLogs)
        {
            logging.AddJsonConsole(options => options.IncludeScopes = true);
        }
        else
        {
            logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.IncludeScopes = true;
                options.TimestampFormat = "HH:mm:ss ";
            });
        }
    }
}
