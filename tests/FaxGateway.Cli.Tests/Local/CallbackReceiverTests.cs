using System.Net;
using System.Text;
using FaxGateway.Cli.Local;

namespace FaxGateway.Cli.Tests.Local;

public sealed class CallbackReceiverTests
{
    [Fact]
    public async Task GoDown_AnswersEveryPost503UntilTheWindowEnds_ThenRecordsWithTheWebhookId()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var receiver = await CallbackReceiver.StartAsync(clock, CancellationToken.None);
        receiver.Expect("f-1");
        receiver.GoDown(clock.GetUtcNow().AddMinutes(1), clock.GetUtcNow().AddMinutes(31));
        using var http = new HttpClient();

        var before = await PostAsync(http, receiver.CallbackUrl);
        clock.Advance(TimeSpan.FromMinutes(2));
        var down = await PostAsync(http, receiver.CallbackUrl);
        clock.Advance(TimeSpan.FromMinutes(30));
        var after = await PostAsync(http, receiver.CallbackUrl);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (before, down, after));
        Assert.Equal(1, receiver.RefusedWhileDown);
        Assert.Equal(["msg_1", "msg_1"], receiver.For("f-1").Select(callback => callback.WebhookId));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent("""{"fax_id":"f-1","status":"sent","message":"Fax sent successfully","timestamp":1}""", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", "msg_1");
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
