using FaxGateway.Simulator.Api.Dialects;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Media;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Simulator.Hosting;

/// <summary>The simulator's one registration: every part is a singleton that lives as long as the host.</summary>
internal static class SimulatorServiceCollectionExtensions
{
    public static IServiceCollection AddFaxSimulator(this IServiceCollection services, FaxSimulatorOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        services.AddSingleton(options);
        services.AddSingleton(new SimulatorClock(timeProvider));
        services.AddSingleton(FaxTimings.From(options));
        services.AddSingleton<SimulatorRecord>();
        services.AddSingleton<Switchboard>();
        services.AddSingleton<MediaFetcher>();
        services.AddSingleton<FaxLifecycle>();
        services.AddSingleton<FaxRegistry>();
        services.AddSingleton<SimulatorFaults>();
        services.AddSingleton<ApiDialect, TwilioDialect>();
        services.AddSingleton<ApiDialect, SignalWireDialect>();
        services.AddSingleton<ApiDialect, TelnyxDialect>();
        services.AddSingleton<ApiDialect, SinchDialect>();
        services.AddSingleton<ApiDialects>();
        return services;
    }
}
