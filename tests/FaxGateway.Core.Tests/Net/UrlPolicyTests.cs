using FaxGateway.Core.Net;

namespace FaxGateway.Core.Tests.Net;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.com/cb?token=x", false, null)]
    [InlineData("https://example.com:8443/cb", false, null)]
    [InlineData("http://example.com/cb", false, "must be an https URL")]
    [InlineData("http://example.com/cb", true, null)]
    [InlineData("ftp://example.com/f.pdf", true, "must be an http or https URL")]
    [InlineData("file:///etc/passwd", false, "is not an absolute URL")]
    [InlineData("gopher://example.com", false, "must be an https URL")]
    [InlineData("https://user:pw@example.com/cb", false, "must not contain a user name or password")]
    [InlineData("/relative/cb", false, "is not an absolute URL")]
    [InlineData("not a url", false, "is not an absolute URL")]
    [InlineData("https://127.0.0.1/cb", false, "points at a loopback address")]
    [InlineData("https://127.0.0.1/cb", true, null)]
    [InlineData("https://10.0.0.1/cb", true, "points at a private address")]
    [InlineData("https://[::ffff:a9fe:a9fe]/", false, "points at a link-local address (where cloud metadata services live)")]
    [InlineData("https://[fd00:ec2::254]/", false, "points at a unique-local address")]
    [InlineData("https://0x7f000001/cb", false, "points at a loopback address")]
    [InlineData("https://2130706433/cb", false, "points at a loopback address")]
    [InlineData("https://0177.0.0.1/cb", false, "points at a loopback address")]
    public void Refusal_ChecksSchemeCredentialsAndLiteralAddresses(string url, bool allowInsecure, string? refusal)
    {
        Assert.Equal(refusal, UrlPolicy.Refusal(url, allowInsecure));
    }
}
