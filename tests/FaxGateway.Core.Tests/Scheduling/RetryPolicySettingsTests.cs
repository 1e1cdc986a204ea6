using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Scheduling;

public sealed class RetryPolicySettingsTests
{
    [Fact]
    public void Load_NothingSet_IsByCauseWithTheDocumentedDefaults()
    {
        var settings = Load();

        Assert.Equal(RetryPolicyKind.ByCause, settings.Retries.Kind);
        Assert.Equal(new RetryRule(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(600), 20), settings.Retries.Busy);
        Assert.Equal(new RetryRule(TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(2400), 5), settings.Retries.NoAnswer);
        Assert.Equal(new RetryRule(TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(1800), 10), settings.Retries.LineError);
        Assert.Equal(new RetryRule(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(900), 20), settings.Retries.CarrierUnavailable);
        Assert.Equal(0.2, settings.Retries.Jitter);
        Assert.Equal(TimeSpan.FromDays(3), settings.FaxDeadline);
        Assert.Equal(new RetryPolicy(), settings.Retries);
    }

    [Fact]
    public void Load_WithoutMaxFaxAttemptsOrBackoff_StillHasTheDefaults()
    {
        var variables = Builders.Environment();
        variables.Remove("MAX_FAX_ATTEMPTS");
        variables.Remove("BACKOFF_DELAY");

        var settings = FaxGatewaySettings.Load(Builders.Configuration(variables));

        Assert.Equal(new RetryPolicy(), settings.Retries);
    }

    [Theory]
    [InlineData("by-cause")]
    [InlineData("BY-CAUSE")]
    [InlineData(" by-cause ")]
    public void Load_RetryPolicyByCause_IsTheDefault(string value)
    {
        var settings = Load(("RETRY_POLICY", value));

        Assert.Equal(new RetryPolicy(), settings.Retries);
    }

    [Theory]
    [InlineData("constant")]
    [InlineData("Constant")]
    public void Load_RetryPolicyConstant_UsesBackoffDelayAndMaxFaxAttemptsForEveryCause(string value)
    {
        var settings = Load(("RETRY_POLICY", value), ("BACKOFF_DELAY", "450"), ("MAX_FAX_ATTEMPTS", "12"));

        var rule = new RetryRule(TimeSpan.FromSeconds(450), TimeSpan.FromSeconds(450), 12);
        Assert.Equal(RetryPolicyKind.Constant, settings.Retries.Kind);
        Assert.Equal([rule, rule, rule, rule], new[] { settings.Retries.Busy, settings.Retries.NoAnswer, settings.Retries.LineError, settings.Retries.CarrierUnavailable });
        Assert.Equal(0, settings.Retries.Jitter);
        Assert.Equal(RetryPolicy.Constant(TimeSpan.FromSeconds(450), 12), settings.Retries);
    }

    [Fact]
    public void Load_RetryPolicyConstantWithTheOriginalsDefaults_Is600SecondsAnd20Attempts()
    {
        var variables = Builders.Environment();
        variables.Remove("MAX_FAX_ATTEMPTS");
        variables.Remove("BACKOFF_DELAY");
        variables["RETRY_POLICY"] = "constant";

        var settings = FaxGatewaySettings.Load(Builders.Configuration(variables));

        Assert.Equal(RetryPolicy.Constant(TimeSpan.FromSeconds(600), 20), settings.Retries);
        Assert.Equal(new RetryRule(TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(600), 20), settings.Retries.NoAnswer);
    }

    [Fact]
    public void Load_EveryRetryVariable_BindsEachOne()
    {
        var settings = Load(
            ("RETRY_BUSY_DELAY", "30"), ("RETRY_BUSY_MAX_DELAY", "300"), ("RETRY_BUSY_MAX_ATTEMPTS", "7"),
            ("RETRY_NO_ANSWER_DELAY", "600"), ("RETRY_NO_ANSWER_MAX_DELAY", "3600"), ("RETRY_NO_ANSWER_MAX_ATTEMPTS", "3"),
            ("RETRY_LINE_ERROR_DELAY", "90.5"), ("RETRY_LINE_ERROR_MAX_DELAY", "1200"), ("RETRY_LINE_ERROR_MAX_ATTEMPTS", "15"),
            ("RETRY_CARRIER_UNAVAILABLE_DELAY", "0.01"), ("RETRY_CARRIER_UNAVAILABLE_MAX_DELAY", "86400"), ("RETRY_CARRIER_UNAVAILABLE_MAX_ATTEMPTS", "1000"),
            ("RETRY_JITTER", "0.35"),
            ("FAX_DEADLINE", "7200"));

        Assert.Equal(
            new RetryPolicy
            {
                Busy = new RetryRule(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(300), 7),
                NoAnswer = new RetryRule(TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(3600), 3),
                LineError = new RetryRule(TimeSpan.FromSeconds(90.5), TimeSpan.FromSeconds(1200), 15),
                CarrierUnavailable = new RetryRule(TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1), 1000),
                Jitter = 0.35,
            },
            settings.Retries);
        Assert.Equal(TimeSpan.FromHours(2), settings.FaxDeadline);
    }

    [Theory]
    [InlineData("RETRY_BUSY_DELAY", "15")]
    [InlineData("RETRY_BUSY_MAX_DELAY", "900")]
    [InlineData("RETRY_BUSY_MAX_ATTEMPTS", "4")]
    [InlineData("RETRY_NO_ANSWER_DELAY", "240")]
    [InlineData("RETRY_NO_ANSWER_MAX_DELAY", "4800")]
    [InlineData("RETRY_NO_ANSWER_MAX_ATTEMPTS", "8")]
    [InlineData("RETRY_LINE_ERROR_DELAY", "45")]
    [InlineData("RETRY_LINE_ERROR_MAX_DELAY", "3600")]
    [InlineData("RETRY_LINE_ERROR_MAX_ATTEMPTS", "2")]
    [InlineData("RETRY_CARRIER_UNAVAILABLE_DELAY", "30")]
    [InlineData("RETRY_CARRIER_UNAVAILABLE_MAX_DELAY", "1800")]
    [InlineData("RETRY_CARRIER_UNAVAILABLE_MAX_ATTEMPTS", "50")]
    public void Load_OneRetryVariable_ChangesOnlyThatValue(string name, string value)
    {
        var defaults = new RetryPolicy();
        var number = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        RetryRule Change(RetryRule rule, string prefix) => name[prefix.Length..] switch
        {
            "_DELAY" => rule with { FirstDelay = TimeSpan.FromSeconds(number) },
            "_MAX_DELAY" => rule with { MaxDelay = TimeSpan.FromSeconds(number) },
            _ => rule with { MaxAttempts = (int)number },
        };
        var expected = name switch
        {
            _ when name.StartsWith("RETRY_BUSY_", StringComparison.Ordinal) => defaults with { Busy = Change(defaults.Busy, "RETRY_BUSY") },
            _ when name.StartsWith("RETRY_NO_ANSWER_", StringComparison.Ordinal) => defaults with { NoAnswer = Change(defaults.NoAnswer, "RETRY_NO_ANSWER") },
            _ when name.StartsWith("RETRY_LINE_ERROR_", StringComparison.Ordinal) => defaults with { LineError = Change(defaults.LineError, "RETRY_LINE_ERROR") },
            _ => defaults with { CarrierUnavailable = Change(defaults.CarrierUnavailable, "RETRY_CARRIER_UNAVAILABLE") },
        };

        var settings = Load((name, value));

        Assert.Equal(expected, settings.Retries);
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("1", 1.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("1e-1", 0.1)]
    public void Load_RetryJitter_AcceptsZeroToOne(string value, double jitter)
    {
        Assert.Equal(jitter, Load(("RETRY_JITTER", value)).Retries.Jitter);
    }

    [Theory]
    [InlineData("RETRY_BUSY_DELAY", "abc", "RETRY_BUSY_DELAY must be a number of seconds from 0.01 to 86400 (got 'abc')")]
    [InlineData("RETRY_BUSY_DELAY", "0", "RETRY_BUSY_DELAY must be a number of seconds from 0.01 to 86400 (got '0')")]
    [InlineData("RETRY_BUSY_MAX_DELAY", "86401", "RETRY_BUSY_MAX_DELAY must be a number of seconds from 0.01 to 86400 (got '86401')")]
    [InlineData("RETRY_BUSY_MAX_ATTEMPTS", "0", "RETRY_BUSY_MAX_ATTEMPTS must be a whole number from 1 to 1000 (got '0')")]
    [InlineData("RETRY_NO_ANSWER_DELAY", "-5", "RETRY_NO_ANSWER_DELAY must be a number of seconds from 0.01 to 86400 (got '-5')")]
    [InlineData("RETRY_NO_ANSWER_MAX_DELAY", "NaN", "RETRY_NO_ANSWER_MAX_DELAY must be a number of seconds from 0.01 to 86400 (got 'NaN')")]
    [InlineData("RETRY_NO_ANSWER_MAX_ATTEMPTS", "1.5", "RETRY_NO_ANSWER_MAX_ATTEMPTS must be a whole number from 1 to 1000 (got '1.5')")]
    [InlineData("RETRY_LINE_ERROR_DELAY", "two minutes", "RETRY_LINE_ERROR_DELAY must be a number of seconds from 0.01 to 86400 (got 'two minutes')")]
    [InlineData("RETRY_LINE_ERROR_MAX_DELAY", "Infinity", "RETRY_LINE_ERROR_MAX_DELAY must be a number of seconds from 0.01 to 86400 (got 'Infinity')")]
    [InlineData("RETRY_LINE_ERROR_MAX_ATTEMPTS", "1001", "RETRY_LINE_ERROR_MAX_ATTEMPTS must be a whole number from 1 to 1000 (got '1001')")]
    [InlineData("RETRY_CARRIER_UNAVAILABLE_DELAY", "1,5", "RETRY_CARRIER_UNAVAILABLE_DELAY must be a number of seconds from 0.01 to 86400 (got '1,5')")]
    [InlineData("RETRY_CARRIER_UNAVAILABLE_MAX_DELAY", "0.001", "RETRY_CARRIER_UNAVAILABLE_MAX_DELAY must be a number of seconds from 0.01 to 86400 (got '0.001')")]
    [InlineData("RETRY_CARRIER_UNAVAILABLE_MAX_ATTEMPTS", "twenty", "RETRY_CARRIER_UNAVAILABLE_MAX_ATTEMPTS must be a whole number from 1 to 1000 (got 'twenty')")]
    [InlineData("RETRY_JITTER", "abc", "RETRY_JITTER must be a number from 0 to 1 (got 'abc')")]
    [InlineData("RETRY_JITTER", "1.01", "RETRY_JITTER must be a number from 0 to 1 (got '1.01')")]
    [InlineData("RETRY_JITTER", "-0.1", "RETRY_JITTER must be a number from 0 to 1 (got '-0.1')")]
    [InlineData("RETRY_JITTER", "NaN", "RETRY_JITTER must be a number from 0 to 1 (got 'NaN')")]
    [InlineData("RETRY_JITTER", "Infinity", "RETRY_JITTER must be a number from 0 to 1 (got 'Infinity')")]
    [InlineData("RETRY_POLICY", "bogus", "RETRY_POLICY must be one of by-cause, constant (got 'bogus')")]
    [InlineData("RETRY_POLICY", "by_cause", "RETRY_POLICY must be one of by-cause, constant (got 'by_cause')")]
    [InlineData("FAX_DEADLINE", "0", "FAX_DEADLINE must be a number of seconds from 1 to 2592000 (got '0')")]
    [InlineData("FAX_DEADLINE", "2592001", "FAX_DEADLINE must be a number of seconds from 1 to 2592000 (got '2592001')")]
    [InlineData("FAX_DEADLINE", "a day", "FAX_DEADLINE must be a number of seconds from 1 to 2592000 (got 'a day')")]
    public void Load_MalformedRetryVariable_NamesIt(string name, string value, string problem)
    {
        var error = Assert.Throws<SettingsException>(() => Load((name, value)));

        Assert.Equal([problem], error.Problems);
    }

    [Theory]
    [InlineData("RETRY_BUSY", "120", "60")]
    [InlineData("RETRY_NO_ANSWER", "600", "599.9")]
    [InlineData("RETRY_LINE_ERROR", "2", "1")]
    [InlineData("RETRY_CARRIER_UNAVAILABLE", "86400", "3600")]
    public void Load_MaxDelayShorterThanDelay_IsRefusedNamingBoth(string prefix, string delay, string maxDelay)
    {
        var error = Assert.Throws<SettingsException>(() => Load(($"{prefix}_DELAY", delay), ($"{prefix}_MAX_DELAY", maxDelay)));

        Assert.Equal([$"{prefix}_MAX_DELAY must not be shorter than {prefix}_DELAY"], error.Problems);
    }

    [Fact]
    public void Load_DelayRaisedAboveTheDefaultMaxDelay_IsRefusedNamingBoth()
    {
        // RETRY_BUSY_MAX_DELAY is 600 unless set: a first wait of 900 would already be past it.
        var error = Assert.Throws<SettingsException>(() => Load(("RETRY_BUSY_DELAY", "900")));

        Assert.Equal(["RETRY_BUSY_MAX_DELAY must not be shorter than RETRY_BUSY_DELAY"], error.Problems);
    }

    [Fact]
    public void Load_MaxDelayEqualToDelay_IsAConstantWait()
    {
        var settings = Load(("RETRY_LINE_ERROR_DELAY", "300"), ("RETRY_LINE_ERROR_MAX_DELAY", "300"));

        Assert.Equal(new RetryRule(TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(300), 10), settings.Retries.LineError);
    }

    [Fact]
    public void Load_SeveralProblems_AreReportedTogether()
    {
        var error = Assert.Throws<SettingsException>(() => Load(
            ("RETRY_BUSY_DELAY", "soon"),
            ("RETRY_NO_ANSWER_MAX_ATTEMPTS", "0"),
            ("RETRY_LINE_ERROR_DELAY", "600"), ("RETRY_LINE_ERROR_MAX_DELAY", "300"),
            ("RETRY_JITTER", "2"),
            ("FAX_DEADLINE", "-1")));

        Assert.Equal(
            [
                "RETRY_BUSY_DELAY must be a number of seconds from 0.01 to 86400 (got 'soon')",
                "RETRY_NO_ANSWER_MAX_ATTEMPTS must be a whole number from 1 to 1000 (got '0')",
                "RETRY_LINE_ERROR_MAX_DELAY must not be shorter than RETRY_LINE_ERROR_DELAY",
                "RETRY_JITTER must be a number from 0 to 1 (got '2')",
                "FAX_DEADLINE must be a number of seconds from 1 to 2592000 (got '-1')",
            ],
            error.Problems);
        Assert.StartsWith("FaxGateway configuration is invalid: RETRY_BUSY_DELAY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RetryProblemsAndOtherProblems_AreReportedTogether()
    {
        var variables = Builders.Environment();
        variables.Remove("QUEUE_URL_RETRY");
        variables["RETRY_POLICY"] = "exponential";
        variables["MAX_FAX_ATTEMPTS"] = "0";

        var error = Assert.Throws<SettingsException>(() => FaxGatewaySettings.Load(Builders.Configuration(variables)));

        Assert.Equal(
            [
                "MAX_FAX_ATTEMPTS must be a whole number from 1 to 1000 (got '0')",
                "RETRY_POLICY must be one of by-cause, constant (got 'exponential')",
                "QUEUE_URL_RETRY is required but not set",
            ],
            error.Problems);
    }

    private static FaxGatewaySettings Load(params (string Name, string Value)[] overrides)
    {
        var variables = Builders.Environment();
        foreach (var (name, value) in overrides)
        {
            variables[name] = value;
        }

        return FaxGatewaySettings.Load(Builders.Configuration(variables));
    }
}
