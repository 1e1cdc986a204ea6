using FaxGateway.Cli.Benchmark;
using FaxGateway.Simulator.Recording;

namespace FaxGateway.Cli.Tests.Benchmark;

public sealed class CarrierRequestKindsTests
{
    [Theory]
    [InlineData("/v1/Faxes")]
    [InlineData("/api/laml/2010-04-01/Accounts/00000000-0000-4000-8000-00000000f4a5/Faxes.json")]
    [InlineData("/v2/faxes")]
    [InlineData("/v3/projects/simulator-project/faxes")]
    public void IsFaxCreated_ASuccessfulPostToEachCarriersCollection(string path)
    {
        Assert.True(CarrierRequestKinds.IsFaxCreated(Request("POST", path, 201)));
        Assert.False(CarrierRequestKinds.IsFaxCreated(Request("POST", path, 503)));
        Assert.False(CarrierRequestKinds.IsFaxCreated(Request("GET", path, 200)));
        Assert.False(CarrierRequestKinds.IsStatusRead(Request("GET", path, 200)));
    }

    [Theory]
    [InlineData("/v1/Faxes/FX0123")]
    [InlineData("/api/laml/2010-04-01/Accounts/00000000-0000-4000-8000-00000000f4a5/Faxes/FX0123.json")]
    [InlineData("/v2/faxes/b7c4b0e1")]
    [InlineData("/v3/projects/simulator-project/faxes/01HX")]
    public void IsStatusRead_AGetOnOneFax(string path)
    {
        Assert.True(CarrierRequestKinds.IsStatusRead(Request("GET", path, 200)));
        Assert.True(CarrierRequestKinds.IsStatusRead(Request("GET", path, 500)));
        Assert.False(CarrierRequestKinds.IsStatusRead(Request("POST", path, 200)));
        Assert.False(CarrierRequestKinds.IsFaxCreated(Request("POST", path, 200)));
    }

    [Theory]
    [InlineData("GET", "/v1/Faxes/FX0123/Media/ME01")]
    [InlineData("POST", "/v2/faxes/b7c4b0e1/actions/cancel")]
    [InlineData("GET", "/_sim/calls")]
    public void NeitherCreateNorRead(string method, string path)
    {
        Assert.False(CarrierRequestKinds.IsStatusRead(Request(method, path, 200)));
        Assert.False(CarrierRequestKinds.IsFaxCreated(Request(method, path, 200)));
    }

    private static ApiRequestRecord Request(string method, string path, int status) => new(method, path, status, DateTimeOffset.UnixEpoch);
}
