using System.Net;
using FaxGateway.Simulator.Api;

namespace FaxGateway.Simulator.Hosting;

/// <summary>Builds the web application: Kestrel on the loopback address only, quiet logs, the simulator's services and routes.</summary>
internal static class SimulatorApplication
{
    /// <summary>Log category prefix of the simulator's own events, which follow <see cref="FaxSimulatorOptions.LogLevel"/>.</summary>
    private const string OwnLogCategory = "FaxGateway.Simulator";

    public static WebApplication Build(FaxSimulatorOptions options, TimeProvider timeProvider)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(SimulatorApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Loopback only: the simulator is a test double, never a service on the network.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter(OwnLogCategory, options.LogLevel);
        builder.Services.AddFaxSimulator(options, timeProvider);

        var app = builder.Build();
        app.UseFaxSimulator();
        return app;
    }
}
