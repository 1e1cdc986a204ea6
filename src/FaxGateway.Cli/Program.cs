using System.CommandLine;
using FaxGateway.Cli.Commands;

var root = new RootCommand("faxgw: run the FaxGateway worker, try it locally, and operate its queues.")
{
    RunCommand.Create(),
    DemoCommand.Create(),
    FaultsCommand.Create(),
    BenchCommand.Create(),
    SendCommand.Create(),
    DlqCommand.Create(),
};
// The worker's generic host handles SIGTERM and Ctrl+C itself (stop receiving, drain, exit 0);
// the parser must not race it with a termination timeout of its own.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
