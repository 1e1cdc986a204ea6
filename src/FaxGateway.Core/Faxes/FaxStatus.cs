using System.Text.Json.Serialization;

namespace FaxGateway.Core.Faxes;

/// <summary>The status a callback reports. Wire values are the original's.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaxStatus>))]
public enum FaxStatus
{
    /// <summary>The fax was delivered. Terminal.</summary>
    [JsonStringEnumMemberName(FaxStatusNames.Sent)]
    Sent,

    /// <summary>An attempt failed and another one is scheduled.</summary>
    [JsonStringEnumMemberName(FaxStatusNames.TemporaryFailure)]
    TemporaryFailure,

    /// <summary>The gateway gave up on this fax. Terminal.</summary>
    [JsonStringEnumMemberName(FaxStatusNames.PermanentFailure)]
    PermanentFailure,
}
