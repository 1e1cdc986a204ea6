using Microsoft.Extensions.Hosting;

namespace FaxGateway.Cli.Worker;

/// <summary>
/// Runs the <see cref="GatewayWorker"/> under the generic host for <c>faxgw run</c>: SIGTERM or
/// Ctrl+C stops receiving, messages in progress get <see cref="WorkerSettings.ShutdownGrace"/>
/// to finish, and whatever is left is abandoned to SQS redelivery.
/// </summary>
internal sealed class WorkerService(GatewayWorker worker, WorkerSettings settings) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var abortWork = new CancellationTokenSource();
        await using var graceTimer = stoppingToken.Register(() => abortWork.CancelAfter(settings.ShutdownGrace));
        await worker.RunAsync(stoppingToken, abortWork.Token);
    }
}
