using System.CommandLine;
using FaxGateway.Cli.Worker;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.Hosting;

namespace FaxGateway.Cli.Commands;

/// <summary>
/// <c>faxgw run</c>: the long-lived worker. Settings come from the environment exactly as the
/// Lambda functions read them, plus <c>WORKER_*</c>; a bad setting stops it at once with one
/// message naming every problem.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json-logs") { Description = "Write logs as JSON lines (for log shippers) instead of text." };
        var command = new Command("run", "Run the fax, retry and webhook processors against SQS until stopped (Ctrl+C or SIGTERM).")
        {
            json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(bool jsonLogs, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        FaxGatewaySettings settings;
        WorkerSettings worker;
        try
        {
            settings = FaxGatewaySettings.Load(builder.Configuration);
            worker = WorkerSettings.Load(builder.Configuration);
        }
        catch (SettingsException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        ConfigureLogging(builder.Logging, jsonLogs);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = worker.ShutdownGrace + TimeSpan.FromSeconds(15));
        builder.Services.AddFaxGatewayWorker(settings, worker, SqsClientFactory.Create(builder.Configuration));
        builder.Services.AddHostedService<WorkerService>();
        await builder.Build().RunAsync(cancellationToken);
        return 0;
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
