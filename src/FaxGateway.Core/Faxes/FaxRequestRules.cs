using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Faxes;

/// <summary>The settings that shape what a valid fax request is.</summary>
/// <param name="DefaultRegion">Region for numbers written without a country code.</param>
/// <param name="AllowInsecureUrls">Whether http URLs and loopback addresses are accepted (local runs only).</param>
public sealed record FaxRequestRules(string DefaultRegion = FaxRequestParser.DefaultRegion, bool AllowInsecureUrls = false)
{
    /// <summary>The production rules: US numbers without a country code, https only.</summary>
    public static FaxRequestRules Default { get; } = new();

    public static FaxRequestRules From(FaxGatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new FaxRequestRules(settings.DefaultPhoneRegion, settings.AllowInsecureUrls);
    }
}
