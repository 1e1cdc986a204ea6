using System.Net;
using System.Net.Sockets;

namespace FaxGateway.Core.Net;

/// <summary>
/// The connect step for HTTP clients that follow URLs from queue messages. It resolves the
/// host once, refuses the connection if any address is forbidden by <see cref="AddressPolicy"/>,
/// and connects to the very addresses it checked, so a DNS answer that changes between check
/// and connect (DNS rebinding) cannot slip through.
/// </summary>
public sealed class GuardedConnection(bool allowLoopback, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve = resolve ?? Dns.GetHostAddressesAsync;

    /// <summary>A handler that connects only through this guard and never follows redirects.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = ConnectAsync,
    };

    /// <summary>Resolves, checks and connects; throws <see cref="OutboundUrlRefusedException"/> for a forbidden address.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await _resolve(endpoint.Host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, "The host has no addresses");
        }

        // Every address must pass: refusing only the bad ones would let a host that answers
        // with a mix reach the private one on a later connection.
        foreach (var address in addresses)
        {
            if (AddressPolicy.Refusal(address, allowLoopback) is { } refusal)
            {
                throw new OutboundUrlRefusedException($"the host resolves to {refusal}");
            }
        }

        return await ConnectToAnyAsync(addresses, endpoint.Port, cancellationToken);
    }

    private static async Task<Stream> ConnectToAnyAsync(IPAddress[] addresses, int port, CancellationToken cancellationToken)
    {
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new HttpRequestException(HttpRequestError.ConnectionError, "Could not connect to the host", last);
    }
}
