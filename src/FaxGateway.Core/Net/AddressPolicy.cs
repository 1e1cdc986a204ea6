using System.Net;
using System.Net.Sockets;

namespace FaxGateway.Core.Net;

/// <summary>
/// Which IP addresses the gateway may connect to when it follows a URL it was given (a
/// callback or a PDF). Anything that reaches into a private network is refused: loopback,
/// private, link-local (where cloud metadata services live), carrier-grade NAT, multicast,
/// unspecified and reserved ranges, IPv6 unique-local, and IPv4 addresses hidden inside IPv6
/// (mapped, compatible, NAT64, 6to4). Loopback is allowed only when insecure URLs are (the
/// local demo and tests).
/// </summary>
public static class AddressPolicy
{
    private static readonly (IPAddress Network, int Prefix, string Name)[] RefusedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "an unspecified address"),
        (IPAddress.Parse("10.0.0.0"), 8, "a private address"),
        (IPAddress.Parse("100.64.0.0"), 10, "a carrier-grade NAT address"),
        (IPAddress.Parse("127.0.0.0"), 8, "a loopback address"),
        (IPAddress.Parse("169.254.0.0"), 16, "a link-local address (where cloud metadata services live)"),
        (IPAddress.Parse("172.16.0.0"), 12, "a private address"),
        (IPAddress.Parse("192.0.0.0"), 24, "a reserved address"),
        (IPAddress.Parse("192.0.2.0"), 24, "a documentation address"),
        (IPAddress.Parse("192.168.0.0"), 16, "a private address"),
        (IPAddress.Parse("198.18.0.0"), 15, "a reserved address"),
        (IPAddress.Parse("198.51.100.0"), 24, "a documentation address"),
        (IPAddress.Parse("203.0.113.0"), 24, "a documentation address"),
        (IPAddress.Parse("224.0.0.0"), 4, "a multicast address"),
        (IPAddress.Parse("240.0.0.0"), 4, "a reserved address"),
    ];

    private static readonly (IPAddress Network, int Prefix, string Name)[] RefusedV6 =
    [
        (IPAddress.Parse("fc00::"), 7, "a unique-local address"),
        (IPAddress.Parse("fe80::"), 10, "a link-local address"),
        (IPAddress.Parse("fec0::"), 10, "a site-local address"),
        (IPAddress.Parse("ff00::"), 8, "a multicast address"),
        (IPAddress.Parse("2001:db8::"), 32, "a documentation address"),
    ];

    /// <summary>Why <paramref name="address"/> may not be connected to, or null when it may.</summary>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(address) is { } embedded)
        {
            return Refusal(embedded, allowLoopback);
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback ? null : "a loopback address";
        }

        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return "an unspecified address";
        }

        if (address.Equals(IPAddress.Broadcast))
        {
            return "a broadcast address";
        }

        var ranges = address.AddressFamily == AddressFamily.InterNetwork ? RefusedV4 : RefusedV6;
        return ranges.FirstOrDefault(range => InRange(address, range.Network, range.Prefix)).Name;
    }

    /// <summary>The IPv4 address carried inside an IPv6 one, in any of the forms that route to it.</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var compatible = bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !address.Equals(IPAddress.IPv6Loopback) && !address.Equals(IPAddress.IPv6Any);
        var nat64 = InRange(address, IPAddress.Parse("64:ff9b::"), 96) || InRange(address, IPAddress.Parse("64:ff9b:1::"), 48);
        if (compatible || nat64)
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        // 6to4 (2002::/16) carries the IPv4 address in bytes 2 to 5.
        return InRange(address, IPAddress.Parse("2002::"), 16) ? new IPAddress(bytes.AsSpan(2, 4)) : null;
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var whole = prefix / 8;
        if (!a.AsSpan(0, whole).SequenceEqual(n.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = prefix % 8;
        var mask = (byte)(0xFF << (8 - rest));
        return rest == 0 || (a[whole] & mask) == (n[whole] & mask);
    }
}
