using System.Text.Json;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Retries;
using FaxGateway.Core.Serialization;
using FaxGateway.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaxGateway.Core.Tests.Retries;

public sealed class RetryMessageHandlerTests
{
    private readonly Mock<IGatewayQueues> _queues = new(MockBehavior.Strict);

    [Fact]
    public async Task HandleAsync_DueRetry_PutsTheSameFaxBackOnTheFaxQueue()
    {
        _queues.Setup(q => q.EnqueueFaxAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var fax = Builders.Fax(retryCount: 4);

        await CreateSut().HandleAsync(new QueueMessage("m-1", JsonSerializer.Serialize(fax, GatewayJson.Fax)), CancellationToken.None);

        _queues.Verify(q => q.EnqueueFaxAsync(fax, It.IsAny<CancellationToken>()));
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_MalformedMessage_ThrowsSoRedriveMovesItToTheDeadLetterQueue()
    {
        var error = await Assert.ThrowsAsync<MalformedMessageException>(
            () => CreateSut().HandleAsync(new QueueMessage("m-2", """{"fax_id":"a"}"""), CancellationToken.None));

        Assert.Contains("m-2", error.Message, StringComparison.Ordinal);
        _queues.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_FaxQueueWriteFails_Throws()
    {
        _queues.Setup(q => q.EnqueueFaxAsync(It.IsAny<Fax>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("down"));

        await Assert.ThrowsAsync<HttpRequestException>(() => CreateSut().HandleAsync(
            new QueueMessage("m-3", JsonSerializer.Serialize(Builders.Fax(), GatewayJson.Fax)), CancellationToken.None));
    }

    private RetryMessageHandler CreateSut() =>
        new(new RetryProcessor(_queues.Object, TimeProvider.System, NullLogger<RetryProcessor>.Instance), Builders.Settings());
}
