using FaxGateway.Core.Carriers.Resilience;
using FaxGateway.Core.Carriers.Sinch;
using FaxGateway.Core.Carriers.SignalWire;
using FaxGateway.Core.Carriers.Telnyx;
using FaxGateway.Core.Carriers.Twilio;
using FaxGateway.Core.Secrets;
using FaxGateway.Core.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Carriers;

/// <summary>Registers the adapter for the carrier the settings select, behind <see cref="IFaxCarrier"/>.</summary>
internal static class CarrierServiceCollectionExtensions
{
    /// <summary>Puts the retry policy into the carrier client's handler chain, built on the host's <see cref="TimeProvider"/>.</summary>
    public static IHttpClientBuilder AddCarrierResilience(this IHttpClientBuilder builder, FaxGatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        builder.Services.TryAddSingleton(sp => new CarrierRetryPipeline(CarrierRetryPolicy.Build(
            CarrierRetryPolicy.BudgetFor(settings.AttemptTimeout),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CarrierResilienceHandler>>())));
        return builder.AddHttpMessageHandler(sp => new CarrierResilienceHandler(sp.GetRequiredService<CarrierRetryPipeline>()));
    }

    /// <summary>The adapter for <paramref name="carrier"/>.</summary>
    public static IFaxCarrier CreateCarrier(IServiceProvider services, CarrierSettings carrier)
    {
        ArgumentNullException.ThrowIfNull(services);
        var http = new CarrierHttp(services.GetRequiredService<IHttpClientFactory>().CreateClient(CarrierHttp.HttpClientName), carrier);
        var secrets = services.GetRequiredService<ISecretStore>();
        var logger = services.GetRequiredService<ILogger<IFaxCarrier>>();
        return carrier switch
        {
            TwilioSettings twilio => new TwilioFaxCarrier(http, twilio, secrets, logger),
            SignalWireSettings signalWire => new SignalWireFaxCarrier(http, signalWire, secrets, logger),
            TelnyxSettings telnyx => new TelnyxFaxCarrier(http, telnyx, secrets, logger),
            SinchSettings sinch => new SinchFaxCarrier(http, sinch, secrets, logger),
            _ => throw new ArgumentOutOfRangeException(nameof(carrier), carrier.GetType().Name, "No adapter for these carrier settings"),
        };
    }
}
