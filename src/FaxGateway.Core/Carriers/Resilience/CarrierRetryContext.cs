using Polly;

namespace FaxGateway.Core.Carriers.Resilience;

/// <summary>What the retry policy knows about the request it is running.</summary>
internal static class CarrierRetryContext
{
    /// <summary>Whether the request creates a fax (see <see cref="CarrierRetryPolicy"/>'s remarks).</summary>
    public static readonly ResiliencePropertyKey<bool> CreatesFax = new("FaxGateway.CreatesFax");
}
