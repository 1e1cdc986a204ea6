using System.Net;
using FaxGateway.Core.Net;

namespace FaxGateway.Core.Tests.Net;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.8.9.10", "a loopback address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address (where cloud metadata services live)")]
    [InlineData("169.254.170.2", "a link-local address (where cloud metadata services live)")]
    [InlineData("100.64.0.1", "a carrier-grade NAT address")]
    [InlineData("100.100.100.200", "a carrier-grade NAT address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("255.255.255.255", "a broadcast address")]
    [InlineData("240.0.0.1", "a reserved address")]
    [InlineData("fd00:ec2::254", "a unique-local address")]
    [InlineData("fc00::1", "a unique-local address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:10.0.0.1", "a private address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address (where cloud metadata services live)")]
    [InlineData("::10.0.0.1", "a private address")]
    [InlineData("64:ff9b::a9fe:a9fe", "a link-local address (where cloud metadata services live)")]
    [InlineData("2002:7f00:0001::", "a loopback address")]
    [InlineData("2002:0a00:0001::", "a private address")]
    public void Refusal_AddressIntoAPrivateNetwork_IsRefused(string address, string refusal)
    {
        Assert.Equal(refusal, AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Refusal_PublicAddress_IsAllowed(string address)
    {
        Assert.Null(AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));
    }

    [Theory]
    [InlineData("127.0.0.1", null)]
    [InlineData("::1", null)]
    [InlineData("::ffff:127.0.0.1", null)]
    [InlineData("10.0.0.1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address (where cloud metadata services live)")]
    public void Refusal_InsecureUrlsAllowed_AllowsLoopbackOnly(string address, string? refusal)
    {
        Assert.Equal(refusal, AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: true));
    }
}
