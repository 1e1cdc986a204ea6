using FaxGateway.Core.Attempts;
using System.Net;
using FaxGateway.Core.Carriers;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Hosting;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Webhooks;
using FaxGateway.Simulator.Documents;
using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Hosting;
using FaxGateway.Simulator.Lines;
using FaxGateway.Simulator.Recording;
using FaxGateway.Testing;
using Microsoft.Extensions.Logging;

namespace FaxGateway.Core.Tests.Carriers;

/// <summary>
/// One contract every carrier adapter keeps, proved against the simulator speaking that
/// carrier's API over real HTTP: a fax attempt through the real <see cref="FaxProcessor"/>, with
/// only the queues mocked. Each subclass names its adapter's settings and the status texts its
/// carrier uses. The simulator runs 600 times faster than real time and the gateway's clock
/// 20 times, so retries, backoff and <c>Retry-After</c> really wait, briefly.
/// </summary>
public abstract class CarrierContractTests : IAsyncLifetime, IDisposable
{
    /// <summary>A value no settings hold; a message that contains it has leaked a secret.</summary>
    protected const string WrongSecret = "wrong-secret-value-7f3a";

    private const string Number = "+16175550301";
    private const string OtherNumber = "+16175550399";
    private const string FaxId = "contract-fax";
    private const double SimulatorSpeed = 600;
    private const double GatewayClockScale = 20;
    private static readonly TimeSpan RealTimeLimit = TimeSpan.FromSeconds(30);

    private readonly Mock<IGatewayQueues> _queues = new();
    private readonly List<Webhook> _webhooks = [];
    private readonly RecordingLoggerProvider _logs = new();
    private LoopbackHttpServer _media = null!;

    protected FaxSimulatorHost Simulator { get; private set; } = null!;

    /// <summary>The settings that point this adapter at <paramref name="simulator"/> with the simulator's credentials.</summary>
    protected abstract CarrierSettings SettingsFor(Uri simulator);

    /// <summary>The same settings with the secret replaced by <see cref="WrongSecret"/>.</summary>
    protected abstract CarrierSettings WithWrongSecret(CarrierSettings settings);

    /// <summary>The status text a busy line ends with at this carrier.</summary>
    protected abstract string BusyStatus { get; }

    /// <summary>The status text an unanswered line ends with.</summary>
    protected abstract string NoAnswerStatus { get; }

    /// <summary>The status text a number that is not in service ends with.</summary>
    protected abstract string InvalidNumberStatus { get; }

    /// <summary>The status text media that is not a PDF ends with.</summary>
    protected abstract string NotPdfStatus { get; }

    /// <summary>A status this carrier has never documented, in its own style.</summary>
    protected abstract string UnknownStatus { get; }

    public async Task InitializeAsync()
    {
        _media = await LoopbackHttpServer.StartAsync();
        var pdf = SampleFaxDocument.Create(1);
        _media.Respond(request => request.PathAndQuery.EndsWith(".html", StringComparison.Ordinal)
            ? ScriptedResponse.Bytes("<html><body>not a fax</body></html>"u8.ToArray(), "text/html")
            : ScriptedResponse.Bytes(pdf, "application/pdf"));
        Simulator = await FaxSimulatorHost.StartAsync(new FaxSimulatorOptions { TimeScale = SimulatorSpeed });
        _queues.Setup(q => q.EnqueueWebhookAsync(It.IsAny<Webhook>(), It.IsAny<CancellationToken>()))
            .Callback<Webhook, CancellationToken>((webhook, _) => _webhooks.Add(webhook))
            .Returns(Task.CompletedTask);
        _queues.Setup(q => q.EnqueueRetryAsync(It.IsAny<Fax>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
    }

    public async Task DisposeAsync()
    {
        await Simulator.DisposeAsync();
        await _media.DisposeAsync();
    }

    public void Dispose()
    {
        _logs.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ProcessAsync_LineAnswers_DeliveredWithASentCallback()
    {
        var result = await ProcessAsync(Fax());

        Assert.Equal((FaxStatus.Sent, 1), (result.Status, result.Attempt));
        Assert.Equal([(FaxStatus.Sent, FaxMessages.Sent)], Callbacks());
        Assert.Equal(CallOutcome.Delivered, Assert.Single(Simulator.Record.Calls).Outcome);
        await AssertClientReferenceAsync(Simulator.Record.Calls[0].FaxSid, FaxId, attempt: 1);
    }

    [Fact]
    public async Task ProcessAsync_LineBusy_TmpFailQuotingTheCarriersStatus()
    {
        Simulator.SetLine(Number, LineScript.AlwaysBusy());

        await ProcessAsync(Fax());

        Assert.Equal([(FaxStatus.TemporaryFailure, FaxMessages.TemporaryFailure(1, 20, BusyStatus))], Callbacks());
        // Each carrier's own words for busy are read as the busy cause, so its retry rule applies.
        _queues.Verify(q => q.EnqueueRetryAsync(
            It.Is<Fax>(f => f.RetryCount == 1 && f.Failures == new FailureCounts(1, 0, 0, 0)), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ProcessAsync_NoAnswer_TmpFailQuotingTheCarriersStatus()
    {
        Simulator.SetLine(Number, LineScript.NeverAnswers());

        await ProcessAsync(Fax());

        Assert.Equal([(FaxStatus.TemporaryFailure, FaxMessages.TemporaryFailure(1, 20, NoAnswerStatus))], Callbacks());
    }

    [Fact]
    public async Task ProcessAsync_NumberNotInService_PermFailAtOnceNamingTheReason()
    {
        Simulator.SetLine(Number, LineScript.InvalidNumber());

        var result = await ProcessAsync(Fax());

        Assert.False(result.RetryScheduled);
        Assert.Equal([(FaxStatus.PermanentFailure, FaxMessages.PermanentFailure(1, InvalidNumberStatus))], Callbacks());
    }

    [Fact]
    public async Task ProcessAsync_MediaIsNotAPdf_PermFailNamingTheReason()
    {
        var result = await ProcessAsync(Fax() with { PdfUrl = _media.Url("form.html").ToString() });

        Assert.False(result.RetryScheduled);
        Assert.Equal([(FaxStatus.PermanentFailure, FaxMessages.PermanentFailure(1, NotPdfStatus))], Callbacks());
        Assert.Empty(Simulator.Record.Calls);
    }

    [Fact]
    public async Task ProcessAsync_WrongCredentials_FailsNamingTheSettingsNeverTheSecret()
    {
        var carrier = WithWrongSecret(SettingsFor(Simulator.BaseUrl));

        var error = await Assert.ThrowsAsync<FaxProcessingException>(() => ProcessAsync(Fax(), carrier));

        Assert.Contains("HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.Contains($"(check {carrier.CredentialVariables})", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongSecret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Entries, entry => entry.Message.Contains(WrongSecret, StringComparison.Ordinal));
        Assert.Empty(_webhooks);
    }

    [Fact]
    public async Task ProcessAsync_RateLimitedTwiceOnCreate_WaitsAndSendsWithinTheSameAttempt()
    {
        Simulator.Faults.RateLimit(2, TimeSpan.FromSeconds(2), FaultTarget.Create);

        var result = await ProcessAsync(Fax());

        Assert.Equal((FaxStatus.Sent, 1), (result.Status, result.Attempt));
        Assert.Equal([429, 429, CreatedStatus], CreateStatuses());
        Assert.Single(Simulator.Record.Calls);
        Assert.Equal(2, _logs.Entries.Count(entry => entry.EventName == "CarrierCallRetrying"));
    }

    [Fact]
    public async Task ProcessAsync_RetryAfterLongerThanTheRetryBudget_FailsTheAttemptAsCarrierUnavailable()
    {
        Simulator.Faults.RateLimit(1, TimeSpan.FromMinutes(5), FaultTarget.Create);

        var result = await ProcessAsync(Fax());

        // The carrier surely has no fax: the attempt fails on the carrier-unavailable rule, not the run.
        Assert.Equal((FaxStatus.TemporaryFailure, "carrier unavailable (HTTP 429)"), (result.Status, result.CarrierStatus));
        Assert.Equal([429], CreateStatuses());
        _queues.Verify(q => q.EnqueueRetryAsync(
            It.Is<Fax>(f => f.RetryCount == 1 && f.Failures == new FailureCounts(0, 0, 0, 1)), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ProcessAsync_ServiceUnavailableOnCreate_RetriedAndSentOnce()
    {
        Simulator.Faults.ServerError(2, StatusCodes503, FaultTarget.Create);

        var result = await ProcessAsync(Fax());

        Assert.Equal((FaxStatus.Sent, 1), (result.Status, result.Attempt));
        Assert.Equal([503, 503, CreatedStatus], CreateStatuses());
        Assert.Single(Simulator.Record.Calls);
    }

    [Fact]
    public async Task ProcessAsync_ServerErrorsWhilePolling_RetriedAndDelivered()
    {
        Simulator.Faults.ServerError(3, StatusCodes500, FaultTarget.Read);

        var result = await ProcessAsync(Fax());

        Assert.Equal((FaxStatus.Sent, 1), (result.Status, result.Attempt));
        Assert.Equal(3, Simulator.Record.Requests.Count(request => request.Method == "GET" && request.StatusCode == StatusCodes500));
    }

    [Fact]
    public async Task ProcessAsync_InternalServerErrorOnCreate_NotRetriedSoTheFaxIsNeverSentTwice()
    {
        Simulator.Faults.ServerError(1, StatusCodes500, FaultTarget.Create);

        var error = await Assert.ThrowsAsync<FaxProcessingException>(() => ProcessAsync(Fax()));

        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Equal([500], CreateStatuses());
        Assert.Empty(_webhooks);
    }

    [Fact]
    public async Task ProcessAsync_UnknownStatus_FailedAttemptWorthRetryingAndLogged()
    {
        Simulator.Faults.UnknownStatus(times: 1000, UnknownStatus);

        var result = await ProcessAsync(Fax());

        Assert.True(result.RetryScheduled);
        Assert.Equal([(FaxStatus.TemporaryFailure, FaxMessages.TemporaryFailure(1, 20, UnknownStatus))], Callbacks());
        Assert.Contains(_logs.Entries, entry => entry.EventName == "CarrierStatusUnknown" && entry.Message.Contains(UnknownStatus, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindAsync_AfterARealSend_ReturnsThatFax()
    {
        var notBefore = DateTimeOffset.UtcNow;
        await ProcessAsync(Fax());
        var sent = Assert.Single(Simulator.Record.Calls).FaxSid;

        var found = await Lookup().FindAsync(Request(Fax()), notBefore, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal((sent, CarrierFaxState.Delivered), (found.Id, found.State));
    }

    [Fact]
    public async Task FindAsync_ForARequestNeverSent_ReturnsNull()
    {
        var lookup = Lookup();
        var notBefore = DateTimeOffset.UtcNow;
        var request = Request(Fax());

        Assert.Null(await lookup.FindAsync(request, notBefore, CancellationToken.None));

        await ProcessAsync(Fax());

        Assert.Null(await lookup.FindAsync(request with { To = OtherNumber, FaxId = "never-sent-fax" }, notBefore, CancellationToken.None));
        if (MatchesByClientReference)
        {
            Assert.Null(await lookup.FindAsync(request with { FaxId = "never-sent-fax" }, notBefore, CancellationToken.None));
            Assert.Null(await lookup.FindAsync(request with { Attempt = 2 }, notBefore, CancellationToken.None));
        }
    }

    /// <summary>
    /// Whether this carrier echoes our client reference, so a lookup tells this attempt's fax from
    /// another fax of ours to the same number; without one only destination, sender and time tell.
    /// </summary>
    protected virtual bool MatchesByClientReference => false;

    /// <summary>What this carrier answers a successful create with (201 or 202, or 200).</summary>
    protected abstract int CreatedStatus { get; }

    /// <summary>Checks the fax id and attempt reached the carrier's client reference field, where it has one.</summary>
    protected virtual Task AssertClientReferenceAsync(string carrierFaxId, string faxId, int attempt) => Task.CompletedTask;

    /// <summary>A plain client with this carrier's credentials, for reading what the simulator holds.</summary>
    protected HttpClient RawClient() => new() { BaseAddress = Simulator.BaseUrl };

    private const int StatusCodes500 = (int)HttpStatusCode.InternalServerError;
    private const int StatusCodes503 = (int)HttpStatusCode.ServiceUnavailable;

    private Fax Fax() => new(FaxId, Number, _media.Url("form.pdf").ToString(), Builders.CallbackUrl);

    private static FaxSendRequest Request(Fax fax) => new(fax.To, fax.PdfUrl, fax.FaxId, fax.Attempt);

    private Task<FaxAttemptResult> ProcessAsync(Fax fax, CarrierSettings? carrier = null) =>
        Services(carrier).GetRequiredService<FaxProcessor>().ProcessAsync(fax, CancellationToken.None).WaitAsync(RealTimeLimit);

    /// <summary>The adapter under test as the processor sees it after a crash: every carrier here can be asked.</summary>
    private IFaxCarrierLookup Lookup() => Assert.IsAssignableFrom<IFaxCarrierLookup>(Services().GetRequiredService<IFaxCarrier>());

    private ServiceProvider Services(CarrierSettings? carrier = null)
    {
        var settings = Builders.Settings() with
        {
            Carrier = carrier ?? SettingsFor(Simulator.BaseUrl),
            PollInterval = TimeSpan.FromSeconds(2),

            // The contract is the carrier's: let every document reach it, even the ones the
            // gateway's own media check would stop first.
            CheckMedia = false,
            AllowInsecureUrls = true,
        };
        return new ServiceCollection()
            .AddSingleton<TimeProvider>(new ScaledClock(GatewayClockScale))
            .AddSingleton<ILoggerProvider>(_logs)
            .AddSingleton(_queues.Object)
            .AddSingleton<IFaxAttemptStore>(new InMemoryFaxAttemptStore())
            .AddFaxGateway(settings)
            .BuildServiceProvider();
    }

    private List<(FaxStatus, string)> Callbacks() => [.. _webhooks.Select(webhook => (webhook.Payload.Status, webhook.Payload.Message))];

    private List<int> CreateStatuses() =>
        [.. Simulator.Record.Requests.Where(request => request.Method == "POST").Select(request => request.StatusCode)];
}
