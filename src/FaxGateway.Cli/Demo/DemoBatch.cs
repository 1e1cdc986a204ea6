using FaxGateway.Simulator.Lines;

namespace FaxGateway.Cli.Demo;

/// <summary>
/// The demo's offices and faxes. Together they show each thing the gateway is for: several
/// faxes to one number sent one at a time, a line that is busy twice and then answers, one
/// that never answers (ending in <c>perm_fail</c>), and one that needs a second try.
/// </summary>
internal static class DemoBatch
{
    public static IReadOnlyList<DemoOffice> Offices { get; } =
    [
        new("Springfield Elections", "+16175550101", LineScript.Normal, Faxes: 4, "answers; four faxes queue up for it"),
        new("Shelbyville Clerk", "+16175550102", LineScript.BusyThenAnswer(2), Faxes: 1, "busy twice, then answers"),
        new("Capital City Registrar", "+16175550103", LineScript.NeverAnswers(), Faxes: 1, "never answers"),
        new("Ogdenville Voter Office", "+16175550104", LineScript.Normal, Faxes: 2, "answers"),
        new("North Haverbrook Clerk", "+16175550105", LineScript.NoAnswerThenAnswer(1), Faxes: 1, "no answer once, then answers"),
        new("Brockway Board of Elections", "+16175550106", LineScript.Normal, Faxes: 2, "answers"),
    ];
}
