using FaxGateway.Core.Faxes;
using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Carriers;

/// <summary>
/// What every carrier needs: where its API is and which number faxes go out from. Each carrier
/// adds its own credentials; only the carrier <c>FAX_CARRIER</c> selects is read and checked.
/// </summary>
public abstract record CarrierSettings
{
    /// <summary>The carrier's name as people know it, for messages and logs.</summary>
    public abstract string CarrierName { get; }

    /// <summary>The variables holding the credentials, named in "check your credentials" errors.</summary>
    public abstract string CredentialVariables { get; }

    /// <summary>The fax-capable number faxes are sent from, E.164.</summary>
    public required string PhoneNumber { get; init; }

    /// <summary>The API's base URL; tests and the demo point it at the simulator.</summary>
    public abstract Uri BaseUrl { get; init; }

    /// <summary>A required E.164 number; the reader collects a problem when it is missing or malformed.</summary>
    protected static string RequiredPhoneNumber(SettingsReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = reader.RequiredString(name);
        if (number.Length > 0 && !PhoneNumbers.IsE164(number))
        {
            reader.AddProblem($"{name} must be an E.164 number such as +16175551234");
        }

        return number;
    }
}
