using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using FaxGateway.Core.Secrets;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Secrets;

/// <summary>Against a loopback server speaking SSM's JSON protocol, so the real SDK client is exercised.</summary>
public sealed class SsmSecretStoreTests : IAsyncLifetime
{
    private readonly TestClock _time = new(new DateTimeOffset(2026, 11, 3, 14, 0, 0, TimeSpan.Zero));
    private LoopbackHttpServer _ssm = null!;

    public async Task InitializeAsync()
    {
        _ssm = await LoopbackHttpServer.StartAsync();
        _ssm.Respond(request => ScriptedResponse.Json(200, $$$"""{"Parameter":{"Name":"/fax-gateway/prod/twilio-auth-token","Type":"SecureString","Value":"secret-{{{_ssm.Requests.Count}}}","Version":1}}"""));
    }

    public async Task DisposeAsync() => await _ssm.DisposeAsync();

    [Fact]
    public async Task GetAsync_Parameter_ReadsItDecrypted()
    {
        var value = await CreateSut().GetAsync(SecretReference.Parameter("/fax-gateway/prod/twilio-auth-token"), CancellationToken.None);

        Assert.Equal("secret-1", value);
        var request = Assert.Single(_ssm.Requests);
        Assert.Equal("AmazonSSM.GetParameter", request.Header("X-Amz-Target"));
        Assert.Contains("\"WithDecryption\":true", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"Name\":\"/fax-gateway/prod/twilio-auth-token\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_SameParameterAgainWithinCache_DoesNotCallSsm()
    {
        var sut = CreateSut();
        var secret = SecretReference.Parameter("/fax-gateway/prod/twilio-auth-token");

        var first = await sut.GetAsync(secret, CancellationToken.None);
        _time.Advance(SsmSecretStore.CacheFor - TimeSpan.FromSeconds(1));
        var second = await sut.GetAsync(secret, CancellationToken.None);

        Assert.Equal(("secret-1", "secret-1"), (first, second));
        Assert.Single(_ssm.Requests);
    }

    [Fact]
    public async Task GetAsync_AfterCacheExpires_ReadsTheRotatedValue()
    {
        var sut = CreateSut();
        var secret = SecretReference.Parameter("/fax-gateway/prod/twilio-auth-token");

        await sut.GetAsync(secret, CancellationToken.None);
        _time.Advance(SsmSecretStore.CacheFor);
        var rotated = await sut.GetAsync(secret, CancellationToken.None);

        Assert.Equal("secret-2", rotated);
    }

    [Fact]
    public async Task GetAsync_MissingParameter_NamesItWithoutAnyValue()
    {
        _ssm.Respond(_ => ScriptedResponse.Json(400, """{"__type":"ParameterNotFound","message":""}"""));

        var error = await Assert.ThrowsAsync<SecretUnavailableException>(
            () => CreateSut().GetAsync(SecretReference.Parameter("/fax-gateway/prod/missing"), CancellationToken.None).AsTask());

        Assert.StartsWith("SSM parameter '/fax-gateway/prod/missing' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_Literal_NeverCreatesAnSsmClient()
    {
        var sut = new SsmSecretStore(() => throw new InvalidOperationException("no SSM client expected"), _time);

        var value = await sut.GetAsync(SecretReference.Literal("given"), CancellationToken.None);

        Assert.Equal("given", value);
    }

    private SsmSecretStore CreateSut() => new(
        () => new AmazonSimpleSystemsManagementClient(
            new BasicAWSCredentials("local", "local"),
            new AmazonSimpleSystemsManagementConfig { ServiceURL = _ssm.BaseUrl.ToString(), AuthenticationRegion = "us-west-2", MaxErrorRetry = 0 }),
        _time);
}
