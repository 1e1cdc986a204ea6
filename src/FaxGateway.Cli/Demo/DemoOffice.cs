using FaxGateway.Simulator.Lines;

namespace FaxGateway.Cli.Demo;

/// <summary>An election office the demo faxes: a fictional 555-01xx number and how its line behaves.</summary>
internal sealed record DemoOffice(string Name, string Number, LineScript Line, int Faxes, string Behaviour);
