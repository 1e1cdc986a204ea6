using System.Net;
using FaxGateway.Core.Net;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Net;

public sealed class GuardedConnectionTests : IAsyncLifetime
{
    private LoopbackHttpServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackHttpServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Connect_ResolvesOnceAndConnectsToTheAddressItChecked()
    {
        var lookups = 0;
        var guard = new GuardedConnection(allowLoopback: true, (_, _) =>
        {
            // A rebinding DNS server: allowed the first time, the metadata service after that.
            var address = Interlocked.Increment(ref lookups) == 1 ? IPAddress.Loopback : IPAddress.Parse("169.254.169.254");
            return Task.FromResult(new[] { address });
        });
        using var http = new HttpClient(guard.CreateHandler());

        using var response = await http.GetAsync(new UriBuilder(_server.BaseUrl) { Host = "rebinding.example" }.Uri);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, lookups);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Connect_HostWithOneForbiddenAddressAmongGoodOnes_IsRefused()
    {
        var guard = new GuardedConnection(allowLoopback: true, (_, _) =>
            Task.FromResult(new[] { IPAddress.Loopback, IPAddress.Parse("10.0.0.7") }));
        using var http = new HttpClient(guard.CreateHandler());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new UriBuilder(_server.BaseUrl) { Host = "mixed.example" }.Uri));

        Assert.Equal("the host resolves to a private address", OutboundUrlRefusedException.In(error)?.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Connect_Redirect_IsNotFollowed()
    {
        _server.Respond(_ => ScriptedResponse.Redirect("http://169.254.169.254/"));
        using var http = new HttpClient(new GuardedConnection(allowLoopback: true).CreateHandler());

        using var response = await http.GetAsync(_server.BaseUrl);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }
}
