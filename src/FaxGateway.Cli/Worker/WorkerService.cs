using Microsoft.Extensions.Hosting;

namespace FaxGateway.Cli.Worker;

/// <summary>
/// Runs the <see cref="GatewayWorker"/> under the generic host for <c>faxgw run</c>: SIGTERM or
/// Ctrl+C stops receiving, messages in progress get <see cref="WorkerSettings.ShutdownGrace"/>
/// to finish, and whatever is left is abandoned to SQS redelivery. If the worker itself fails
/// (SQS unreachable at start, say) it says so once and stops the process with a failure.
/// </summary>
internal sealed class WorkerService(
    GatewayWorker worker, WorkerSettings settings, WorkerOutcome outcome, IHostApplicationLifetime lifetime, ILogger<WorkerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var abortWork = new CancellationTokenSource();
        await using var graceTimer = stoppingToken.Register(() => abortWork.CancelAfter(settings.ShutdownGrace));
        try
        {
            await worker.RunAsync(stoppingToken, abortWork.Token);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while starting up.
        }
        catch (Exception exception)
        {
            // Deliberate catch-all: report the failure once, clearly, and stop the process with
            // a non-zero exit code instead of the host's generic crash report.
            Log.WorkerFailed(logger, exception.GetType().Name, exception.Message);
            outcome.Fail();
            lifetime.StopApplication();
        }
    }
}
