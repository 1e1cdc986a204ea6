using System.Text.RegularExpressions;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.IntegrationTests.Security;

/// <summary>
/// The hostile corpus, each case against its exact expected outcome, and a check that nothing
/// secret reached any log line while the gateway handled it all.
/// </summary>
public sealed partial class HostileInputTests(HostileInputFixture corpus) : IClassFixture<HostileInputFixture>
{
    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var hostile in HostileCorpus.Build(name => $"http://127.0.0.1:1/{name}?X-Amz-Date=20261103T140000Z", "http://127.0.0.1:1/cb"))
        {
            names.Add(hostile.Name);
        }

        return names;
    }

    [Fact]
    public void Corpus_HasAtLeastFortyCases()
    {
        Assert.True(corpus.Cases.Count >= 40, $"{corpus.Cases.Count} cases");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Gateway_GivesEachHostileMessageItsExactOutcome(string name)
    {
        var hostile = corpus.Cases.Single(c => c.Name == name);

        Assert.Equal(hostile.Expected, corpus.OutcomeOf(name));
    }

    [Fact]
    public void Gateway_DialsTheNormalisedNumberOnly()
    {
        Assert.Contains("+16175550144", corpus.Dialled);
        Assert.All(corpus.Dialled, number => Assert.Matches("^\\+1617555014[2-4]$", number));
    }

    [Fact]
    public void Logs_HoldNoSecretNoQueryStringAndNoFullNumber()
    {
        var lines = corpus.Logs.Lines;
        Assert.NotEmpty(lines);
        string[] secrets =
        [
            corpus.MediaSignature, corpus.CallbackToken, HostileInputFixture.WebhookSecret, FaxSimulatorOptions.DefaultAuthToken,
            "X-Amz-Signature", "token=", "6175550142", "6175550143", "6175550144", "6175550100",
        ];

        var leaks = lines.Where(line =>
            secrets.Any(secret => line.Contains(secret, StringComparison.Ordinal)) || UrlWithQuery().IsMatch(line) || FullNumber().IsMatch(line));

        Assert.True(!leaks.Any(), string.Join("\n", leaks));
    }

    [GeneratedRegex(@"https?://[^\s""']*\?")]
    private static partial Regex UrlWithQuery();

    // A plus and seven or more digits: any full number in international form. (Numbers in
    // national form are checked by name above; bare digit runs also occur inside message ids.)
    [GeneratedRegex(@"\+\d{7,}")]
    private static partial Regex FullNumber();
}
