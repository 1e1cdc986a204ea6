using System.CommandLine;
using FaxGateway.Cli.Commands;

var root = new RootCommand("faxgw: run the FaxGateway worker, try it locally, and operate its queues.")
{
    RunCommand.Create(),
    DemoCommand.Create(),
    SendCommand.Create(),
    DlqCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
