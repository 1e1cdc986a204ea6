using System.Security.Cryptography;
using System.Text;
using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// Event ids for callbacks: the same fax, status and sequence always give the same id
/// (<c>msg_</c> and 32 hex digits), whichever process or retry produced the event.
/// </summary>
public static class WebhookIds
{
    public static string For(WebhookPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return For(payload.FaxId, payload.Status, payload.Sequence ?? 0);
    }

    public static string For(string faxId, FaxStatus status, int sequence)
    {
        var identity = $"{faxId}\n{status.ToWire()}\n{sequence}";
        return "msg_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
    }
}
