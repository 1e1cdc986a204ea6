using System.Globalization;
using FaxGateway.Core.Scheduling;
using FaxGateway.Core.Settings;
using FaxGateway.Testing;

namespace FaxGateway.Core.Tests.Scheduling;

public sealed class SendWindowRulesTests
{
    private const string Boston = "+16175551234";

    // --- reading ---------------------------------------------------------------------------

    [Fact]
    public void Read_Unset_IsNone()
    {
        var (rules, problems) = Read(null);

        Assert.Same(SendWindowRules.None, rules);
        Assert.True(rules.IsEmpty);
        Assert.Empty(problems);
        Assert.Null(rules.NextOpening(Boston, At("2026-03-07T12:00Z")));
    }

    [Fact]
    public void Read_TheReadmeExample_BindsEveryRule()
    {
        var rules = Parse("+1617=Mon-Fri 08:00-17:00 America/New_York; +1212555=Mon-Sat 07:30-19:00 America/New_York; +44=Mon-Fri 09:00-17:00 Europe/London");

        Assert.False(rules.IsEmpty);
        Assert.Equal(["+1617", "+1212555", "+44"], rules.Windows.Select(window => window.Prefix));
        var london = rules.Windows[2];
        Assert.Equal(TimeSpan.FromHours(9), london.Opens);
        Assert.Equal(TimeSpan.FromHours(17), london.Closes);
        Assert.Equal("Europe/London", london.Zone.Id);
        Assert.Equal(new TimeSpan(7, 30, 0), rules.Windows[1].Opens);
    }

    [Fact]
    public void Read_SpacingLineBreaksAndTrailingSeparators_AreIgnored()
    {
        var rules = Parse("\n  +1617 =  Mon-Fri   08:00-17:00\tAmerica/New_York ;\n;+44=daily 09:00-17:00 Europe/London;\n");

        Assert.Equal(["+1617", "+44"], rules.Windows.Select(window => window.Prefix));
        Assert.Equal("+1617=Mon-Fri 08:00-17:00 America/New_York; +44=daily 09:00-17:00 Europe/London", rules.ToString());
    }

    [Theory]
    [InlineData("daily", "Sun,Mon,Tue,Wed,Thu,Fri,Sat")]
    [InlineData("DAILY", "Sun,Mon,Tue,Wed,Thu,Fri,Sat")]
    [InlineData("Mon-Fri", "Mon,Tue,Wed,Thu,Fri")]
    [InlineData("mon-FRI", "Mon,Tue,Wed,Thu,Fri")]
    [InlineData("Fri-Mon", "Sun,Mon,Fri,Sat")]
    [InlineData("Sat-Sun", "Sun,Sat")]
    [InlineData("Sun-Sat", "Sun,Mon,Tue,Wed,Thu,Fri,Sat")]
    [InlineData("Mon,Wed,Fri", "Mon,Wed,Fri")]
    [InlineData("fri,MON", "Mon,Fri")]
    [InlineData("Sat", "Sat")]
    public void Read_EveryFormOfDays_BindsTheDays(string days, string expected)
    {
        var window = Assert.Single(Parse($"+1617={days} 08:00-17:00 America/New_York").Windows);

        Assert.Equal(expected, string.Join(',', window.Days.Order().Select(day => day.ToString()[..3])));
    }

    [Theory]
    [InlineData("08:00-17:00", 8, 0, 17, 0)]
    [InlineData("07:30-19:45", 7, 30, 19, 45)]
    [InlineData("22:00-06:00", 22, 0, 6, 0)]
    [InlineData("00:00-24:00", 0, 0, 24, 0)]
    [InlineData("18:00-24:00", 18, 0, 24, 0)]
    [InlineData("23:59-00:00", 23, 59, 0, 0)]
    public void Read_EveryFormOfHours_BindsOpeningAndClosing(string hours, int openHour, int openMinute, int closeHour, int closeMinute)
    {
        var window = Assert.Single(Parse($"+1617=daily {hours} America/New_York").Windows);

        Assert.Equal(new TimeSpan(openHour, openMinute, 0), window.Opens);
        Assert.Equal(new TimeSpan(closeHour, closeMinute, 0), window.Closes);
    }

    [Theory]
    [InlineData("+1617 Mon-Fri 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617 Mon-Fri 08:00-17:00 America/New_York'): expected PREFIX=DAYS HH:MM-HH:MM TIMEZONE, such as +1617=Mon-Fri 08:00-17:00 America/New_York")]
    [InlineData("1617=Mon-Fri 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('1617=Mon-Fri 08:00-17:00 America/New_York'): prefix '1617' must be '+' and 1 to 15 digits, such as +1617 or +16175551234")]
    [InlineData("+=Mon-Fri 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+=Mon-Fri 08:00-17:00 America/New_York'): prefix '+' must be '+' and 1 to 15 digits, such as +1617 or +16175551234")]
    [InlineData("+1 617=Mon-Fri 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1 617=Mon-Fri 08:00-17:00 America/New_York'): prefix '+1 617' must be '+' and 1 to 15 digits, such as +1617 or +16175551234")]
    [InlineData("+1234567890123456=daily 08:00-17:00 UTC",
        "SEND_WINDOWS rule 1 ('+1234567890123456=daily 08:00-17:00 UTC'): prefix '+1234567890123456' must be '+' and 1 to 15 digits, such as +1617 or +16175551234")]
    [InlineData("+1617=Mon-Fri 08:00-17:00",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 08:00-17:00'): expected three parts after '=', DAYS HH:MM-HH:MM TIMEZONE, separated by spaces (got 2); the whole rule is PREFIX=DAYS HH:MM-HH:MM TIMEZONE, such as +1617=Mon-Fri 08:00-17:00 America/New_York")]
    [InlineData("+1617=Mon, Wed 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon, Wed 08:00-17:00 America/New_York'): expected three parts after '=', DAYS HH:MM-HH:MM TIMEZONE, separated by spaces (got 4); the whole rule is PREFIX=DAYS HH:MM-HH:MM TIMEZONE, such as +1617=Mon-Fri 08:00-17:00 America/New_York")]
    [InlineData("+1617=Mon-Fry 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fry 08:00-17:00 America/New_York'): days 'Mon-Fry': 'Fry' is not a day; days are Mon, Tue, Wed, Thu, Fri, Sat and Sun, given as daily, a range such as Mon-Fri, or a list such as Mon,Wed,Fri")]
    [InlineData("+1617=Monday 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Monday 08:00-17:00 America/New_York'): days 'Monday': 'Monday' is not a day; days are Mon, Tue, Wed, Thu, Fri, Sat and Sun, given as daily, a range such as Mon-Fri, or a list such as Mon,Wed,Fri")]
    [InlineData("+1617=Mon,,Fri 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon,,Fri 08:00-17:00 America/New_York'): days 'Mon,,Fri': '' is not a day; days are Mon, Tue, Wed, Thu, Fri, Sat and Sun, given as daily, a range such as Mon-Fri, or a list such as Mon,Wed,Fri")]
    [InlineData("+1617=Mon-Wed-Fri 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Wed-Fri 08:00-17:00 America/New_York'): days 'Mon-Wed-Fri' must be daily, a range such as Mon-Fri, or a list such as Mon,Wed,Fri")]
    [InlineData("+1617=Mon-Wed,Fri 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Wed,Fri 08:00-17:00 America/New_York'): days 'Mon-Wed,Fri' must be daily, a range such as Mon-Fri, or a list such as Mon,Wed,Fri, not a range and a list at once")]
    [InlineData("+1617=Mon-Mon 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Mon 08:00-17:00 America/New_York'): days 'Mon-Mon' start and end on the same day; write the one day alone, or daily for every day")]
    [InlineData("+1617=Mon,Wed,mon 08:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon,Wed,mon 08:00-17:00 America/New_York'): days 'Mon,Wed,mon' name 'mon' twice")]
    [InlineData("+1617=Mon-Fri 8:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 8:00-17:00 America/New_York'): hours '8:00-17:00' must be HH:MM-HH:MM in 24-hour local time, such as 08:00-17:00 or 22:00-06:00 (the end may be 24:00)")]
    [InlineData("+1617=Mon-Fri 08:00-17:60 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 08:00-17:60 America/New_York'): hours '08:00-17:60' must be HH:MM-HH:MM in 24-hour local time, such as 08:00-17:00 or 22:00-06:00 (the end may be 24:00)")]
    [InlineData("+1617=Mon-Fri 24:00-06:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 24:00-06:00 America/New_York'): hours '24:00-06:00' must be HH:MM-HH:MM in 24-hour local time, such as 08:00-17:00 or 22:00-06:00 (the end may be 24:00)")]
    [InlineData("+1617=Mon-Fri 20:00-24:30 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 20:00-24:30 America/New_York'): hours '20:00-24:30' must be HH:MM-HH:MM in 24-hour local time, such as 08:00-17:00 or 22:00-06:00 (the end may be 24:00)")]
    [InlineData("+1617=Mon-Fri 08:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 08:00 America/New_York'): hours '08:00' must be HH:MM-HH:MM in 24-hour local time, such as 08:00-17:00 or 22:00-06:00 (the end may be 24:00)")]
    [InlineData("+1617=Mon-Fri +8:00-17:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri +8:00-17:00 America/New_York'): hours '+8:00-17:00' must be HH:MM-HH:MM in 24-hour local time, such as 08:00-17:00 or 22:00-06:00 (the end may be 24:00)")]
    [InlineData("+1617=Mon-Fri 08:00-08:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 08:00-08:00 America/New_York'): hours '08:00-08:00' open and close at the same time; for the whole day write 00:00-24:00")]
    [InlineData("+1617=Mon-Fri 00:00-00:00 America/New_York",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 00:00-00:00 America/New_York'): hours '00:00-00:00' open and close at the same time; for the whole day write 00:00-24:00")]
    [InlineData("+1617=Mon-Fri 08:00-17:00 America/Boston",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 08:00-17:00 America/Boston'): time zone 'America/Boston' is not a known IANA time zone id (case matters), such as America/New_York or Europe/London")]
    [InlineData("+1617=Mon-Fri 08:00-17:00 america/new_york",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 08:00-17:00 america/new_york'): time zone 'america/new_york' is not a known IANA time zone id (case matters), such as America/New_York or Europe/London")]
    [InlineData("+1617=Mon-Fri 08:00-17:00 ../../../etc/passwd",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 08:00-17:00 ../../../etc/passwd'): time zone '../../../etc/passwd' is not a known IANA time zone id (case matters), such as America/New_York or Europe/London")]
    [InlineData("+1617=Mon-Fri 08:00-17:00 /usr/share/zoneinfo/UTC",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 08:00-17:00 /usr/share/zoneinfo/UTC'): time zone '/usr/share/zoneinfo/UTC' is not a known IANA time zone id (case matters), such as America/New_York or Europe/London")]
    [InlineData("+1617=Mon-Fri 08:00-17:00 localtime",
        "SEND_WINDOWS rule 1 ('+1617=Mon-Fri 08:00-17:00 localtime'): time zone 'localtime' is not a known IANA time zone id (case matters), such as America/New_York or Europe/London")]
    [InlineData(";;", "SEND_WINDOWS is set but holds no rule: give rules as PREFIX=DAYS HH:MM-HH:MM TIMEZONE, such as +1617=Mon-Fri 08:00-17:00 America/New_York, or unset it to fax at any time")]
    public void Read_BadRule_NamesItAndWhatIsExpected(string value, string problem)
    {
        var (rules, problems) = Read(value);

        Assert.Equal([problem], problems);
        Assert.Same(SendWindowRules.None, rules);
    }

    [Fact]
    public void Read_SeveralBadRules_NamesEachByNumberAndKeepsNone()
    {
        var (rules, problems) = Read("+1617=Mon-Fri 08:00-17:00 America/New_York; +44=Mon-Fri 09:00-17:00 Europe/Londres; +1617=daily 08:00-17:00 UTC");

        Assert.Equal(
            [
                "SEND_WINDOWS rule 2 ('+44=Mon-Fri 09:00-17:00 Europe/Londres'): time zone 'Europe/Londres' is not a known IANA time zone id (case matters), such as America/New_York or Europe/London",
                "SEND_WINDOWS rule 3 ('+1617=daily 08:00-17:00 UTC'): prefix +1617 is already given by rule 1; give each prefix once",
            ],
            problems);
        Assert.Same(SendWindowRules.None, rules);
    }

    [Fact]
    public void Read_LongerThanTheCap_IsRefusedWithoutReadingRules()
    {
        var value = string.Join("; ", Enumerable.Repeat("+1617=Mon-Fri 08:00-17:00 America/New_York", 300));

        var (_, problems) = Read(value);

        Assert.Equal([$"SEND_WINDOWS is {value.Length} characters long; at most 10000 are allowed"], problems);
    }

    [Fact]
    public void Read_MoreRulesThanTheCap_IsRefused()
    {
        var value = string.Join(";", Enumerable.Range(100, 201).Select(prefix => $"+{prefix}=daily 08:00-17:00 UTC"));

        var (_, problems) = Read(value);

        Assert.Equal(["SEND_WINDOWS has 201 rules; at most 200 are allowed"], problems);
    }

    [Fact]
    public void Read_ExactlyTheCap_IsAccepted()
    {
        var rules = Parse(string.Join(";", Enumerable.Range(100, 200).Select(prefix => $"+{prefix}=daily 08:00-17:00 UTC")));

        Assert.Equal(200, rules.Windows.Count);
    }

    [Fact]
    public void Read_HostileRuleText_IsQuotedShortAndPrintable()
    {
        var (_, problems) = Read("+1617=Mon-Fri 08:00-17:00 America/New_York\u001b[2J" + new string('x', 200));

        var problem = Assert.Single(problems);
        Assert.DoesNotContain('\u001b', problem);
        Assert.StartsWith("SEND_WINDOWS rule 1 ('+1617=Mon-Fri 08:00-17:00 America/New_York?[2Jxxx", problem, StringComparison.Ordinal);
        Assert.True(problem.Length < 400, problem);
    }

    [Fact]
    public void Load_BadSendWindows_RefusesToStartNamingIt()
    {
        var variables = Builders.Environment();
        variables["SEND_WINDOWS"] = "+1617=Mon-Fri 08:00-17:00 America/New_York; +44=Mon-Fry 09:00-17:00 Europe/London";

        var error = Assert.Throws<SettingsException>(() => FaxGatewaySettings.Load(Builders.Configuration(variables)));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("SEND_WINDOWS rule 2 ('+44=Mon-Fry 09:00-17:00 Europe/London'): days 'Mon-Fry'", problem, StringComparison.Ordinal);
        Assert.Contains("SEND_WINDOWS rule 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GoodSendWindows_BindsThem()
    {
        var variables = Builders.Environment();
        variables["SEND_WINDOWS"] = "+1617=Mon-Fri 08:00-17:00 America/New_York";

        var settings = FaxGatewaySettings.Load(Builders.Configuration(variables));

        Assert.Equal("+1617", Assert.Single(settings.SendWindows.Windows).Prefix);
    }

    // --- which rule ------------------------------------------------------------------------

    [Fact]
    public void RuleFor_SeveralPrefixesMatch_TheLongestWins()
    {
        var rules = Parse("+1=daily 06:00-22:00 America/New_York; +1617=Mon-Fri 08:00-17:00 America/New_York; +1617555=Mon-Fri 10:00-12:00 America/New_York; +16175551234=Sat 09:00-10:00 America/New_York");

        Assert.Equal("+16175551234", rules.RuleFor("+16175551234")?.Prefix);
        Assert.Equal("+1617555", rules.RuleFor("+16175559999")?.Prefix);
        Assert.Equal("+1617", rules.RuleFor("+16174441234")?.Prefix);
        Assert.Equal("+1", rules.RuleFor("+12125551234")?.Prefix);
        Assert.Null(rules.RuleFor("+442071234567"));
    }

    [Fact]
    public void NextOpening_LongestPrefixDecides()
    {
        var rules = Parse("+1617=Mon-Fri 08:00-17:00 America/New_York; +1617555=Mon-Fri 10:00-12:00 America/New_York");
        var wednesdayNineAm = At("2026-03-04T14:00Z");

        Assert.Equal(At("2026-03-04T15:00Z"), rules.NextOpening("+16175551234", wednesdayNineAm));
        Assert.Null(rules.NextOpening("+16174441234", wednesdayNineAm));
    }

    [Fact]
    public void NextOpening_NoRuleForTheNumber_IsNull()
    {
        var rules = Parse("+1617=Mon-Fri 08:00-17:00 America/New_York");

        Assert.Null(rules.NextOpening("+442071234567", At("2026-03-07T03:00Z")));
        Assert.Null(rules.NextOpening("+1212", At("2026-03-07T03:00Z")));
    }

    // --- when ------------------------------------------------------------------------------

    [Theory]
    [InlineData("2026-03-04T13:00Z")] // Wednesday 08:00 EST, the opening itself
    [InlineData("2026-03-04T17:30Z")] // 12:30
    [InlineData("2026-03-04T21:59:59Z")] // 16:59:59
    public void NextOpening_InsideTheWindow_IsNull(string now)
    {
        Assert.Null(Weekdays.NextOpening(Boston, At(now)));
    }

    [Fact]
    public void NextOpening_BeforeTodaysOpening_IsTodaysOpening()
    {
        Assert.Equal(At("2026-03-04T13:00Z"), Weekdays.NextOpening(Boston, At("2026-03-04T11:15Z")));
    }

    [Fact]
    public void NextOpening_AtOrAfterClosing_IsTheNextDaysOpening()
    {
        Assert.Equal(At("2026-03-05T13:00Z"), Weekdays.NextOpening(Boston, At("2026-03-04T22:00Z")));
        Assert.Equal(At("2026-03-05T13:00Z"), Weekdays.NextOpening(Boston, At("2026-03-05T03:00Z"))); // Wednesday 22:00 local is Thursday in UTC
    }

    [Fact]
    public void NextOpening_AfterClosing_SkipsDaysNotListed()
    {
        var rules = Parse("+1617=Mon,Wed,Fri 08:00-17:00 America/New_York");

        Assert.Equal(At("2026-03-04T13:00Z"), rules.NextOpening(Boston, At("2026-03-02T23:00Z"))); // Monday evening to Wednesday
        Assert.Equal(At("2026-03-04T13:00Z"), rules.NextOpening(Boston, At("2026-03-03T15:00Z"))); // all of Tuesday
    }

    [Fact]
    public void NextOpening_FridayEveningAndWeekend_WaitForMonday()
    {
        var monday = At("2026-03-02T13:00Z");
        var nextMonday = At("2026-03-09T12:00Z"); // 08:00 EDT: the clocks changed on the Sunday

        Assert.Equal(nextMonday, Weekdays.NextOpening(Boston, At("2026-03-06T22:30Z")));
        Assert.Equal(nextMonday, Weekdays.NextOpening(Boston, At("2026-03-07T16:00Z")));
        Assert.Equal(monday, Weekdays.NextOpening(Boston, At("2026-03-01T16:00Z")));
    }

    [Fact]
    public void NextOpening_AWrappingRange_CoversTheWeekend()
    {
        var rules = Parse("+1617=Fri-Mon 08:00-17:00 America/New_York");

        Assert.Null(rules.NextOpening(Boston, At("2026-03-07T16:00Z"))); // Saturday
        Assert.Equal(At("2026-03-06T13:00Z"), rules.NextOpening(Boston, At("2026-03-03T16:00Z"))); // Tuesday to Friday
    }

    [Fact]
    public void NextOpening_ResultIsInUtc()
    {
        var opening = Weekdays.NextOpening(Boston, At("2026-03-04T11:15Z"));

        Assert.Equal(TimeSpan.Zero, opening?.Offset);
    }

    [Fact]
    public void NextOpening_NowInAnyOffset_IsTheSameInstant()
    {
        var tokyo = new DateTimeOffset(2026, 3, 4, 20, 15, 0, TimeSpan.FromHours(9)); // 11:15Z

        Assert.Equal(At("2026-03-04T13:00Z"), Weekdays.NextOpening(Boston, tokyo));
    }

    [Fact]
    public void NextOpening_OvernightWindow_IsOpenOnBothSidesOfMidnight()
    {
        var rules = Parse("+1617=Mon-Fri 22:00-06:00 America/New_York");

        Assert.Null(rules.NextOpening(Boston, At("2026-03-04T04:00Z"))); // Tuesday 23:00
        Assert.Null(rules.NextOpening(Boston, At("2026-03-04T08:00Z"))); // Wednesday 03:00, the window Tuesday opened
        Assert.Null(rules.NextOpening(Boston, At("2026-03-07T08:00Z"))); // Saturday 03:00, the window Friday opened
        Assert.Equal(At("2026-03-05T03:00Z"), rules.NextOpening(Boston, At("2026-03-04T11:00Z"))); // Wednesday 06:00, closed until 22:00
    }

    [Fact]
    public void NextOpening_OvernightWindow_OpensOnlyOnListedDays()
    {
        var rules = Parse("+1617=Mon-Fri 22:00-06:00 America/New_York");

        // Sunday 03:00 and Monday 03:00 belong to windows of Saturday and Sunday, which are not listed.
        Assert.Equal(At("2026-03-03T03:00Z"), rules.NextOpening(Boston, At("2026-03-01T08:00Z")));
        Assert.Equal(At("2026-03-03T03:00Z"), rules.NextOpening(Boston, At("2026-03-02T08:00Z")));
    }

    [Fact]
    public void NextOpening_WindowToMidnight_ClosesAtMidnight()
    {
        var rules = Parse("+1617=Wed 18:00-24:00 America/New_York");

        Assert.Null(rules.NextOpening(Boston, At("2026-03-05T04:59Z"))); // Wednesday 23:59
        Assert.Equal(At("2026-03-11T22:00Z"), rules.NextOpening(Boston, At("2026-03-05T05:00Z"))); // Thursday 00:00, a week to 18:00 EDT
    }

    // --- daylight saving: America/New_York springs forward 2026-03-08 02:00 -> 03:00 ---------

    [Fact]
    public void NextOpening_NewYorkSpringForward_OpeningInTheGapIsTheFirstInstantAfter()
    {
        var rules = Parse("+1617=daily 02:30-05:00 America/New_York");

        Assert.Equal(At("2026-03-08T07:00Z"), rules.NextOpening(Boston, At("2026-03-08T06:00Z"))); // 01:00 EST to 03:00 EDT
        Assert.Null(rules.NextOpening(Boston, At("2026-03-08T07:00Z")));
        Assert.Equal(At("2026-03-09T06:30Z"), rules.NextOpening(Boston, At("2026-03-08T09:00Z"))); // closed at 05:00 EDT
    }

    [Fact]
    public void NextOpening_NewYorkSpringForward_OpeningAfterTheChangeUsesTheNewOffset()
    {
        var rules = Parse("+1617=daily 08:00-17:00 America/New_York");

        Assert.Equal(At("2026-03-08T12:00Z"), rules.NextOpening(Boston, At("2026-03-08T05:00Z"))); // 00:00 EST to 08:00 EDT
        Assert.Equal(At("2026-03-09T12:00Z"), rules.NextOpening(Boston, At("2026-03-08T21:00Z"))); // 17:00 EDT is closing
    }

    [Fact]
    public void NextOpening_NewYorkSpringForward_AWindowWhollyInTheGapDoesNotHappenThatDay()
    {
        var rules = Parse("+1617=daily 02:10-02:50 America/New_York");

        Assert.Equal(At("2026-03-09T06:10Z"), rules.NextOpening(Boston, At("2026-03-08T06:30Z")));
        Assert.Equal(At("2026-03-09T06:10Z"), rules.NextOpening(Boston, At("2026-03-08T07:00Z")));
    }

    [Fact]
    public void NextOpening_NewYorkSpringForward_OvernightWindowIsAnHourShorter()
    {
        var rules = Parse("+1617=Sat 22:00-06:00 America/New_York");

        Assert.Null(rules.NextOpening(Boston, At("2026-03-08T09:59Z"))); // Sunday 05:59 EDT
        Assert.Equal(At("2026-03-15T02:00Z"), rules.NextOpening(Boston, At("2026-03-08T10:00Z"))); // 06:00 EDT: closed
    }

    // --- daylight saving: America/New_York falls back 2026-11-01 02:00 -> 01:00 -------------

    [Fact]
    public void NextOpening_NewYorkFallBack_AmbiguousOpeningTakesTheEarlierInstant()
    {
        var rules = Parse("+1617=daily 01:30-03:00 America/New_York");

        Assert.Equal(At("2026-11-01T05:30Z"), rules.NextOpening(Boston, At("2026-11-01T04:00Z"))); // 00:00 EDT to 01:30 EDT
        Assert.Null(rules.NextOpening(Boston, At("2026-11-01T05:30Z")));
        Assert.Null(rules.NextOpening(Boston, At("2026-11-01T06:15Z"))); // 01:15 EST, the repeated hour: still open
        Assert.Equal(At("2026-11-02T06:30Z"), rules.NextOpening(Boston, At("2026-11-01T08:00Z"))); // 03:00 EST is closing
    }

    [Fact]
    public void NextOpening_NewYorkFallBack_OpeningAfterTheChangeUsesTheNewOffset()
    {
        var rules = Parse("+1617=daily 08:00-17:00 America/New_York");

        Assert.Equal(At("2026-11-01T13:00Z"), rules.NextOpening(Boston, At("2026-11-01T04:00Z"))); // 00:00 EDT to 08:00 EST
    }

    [Fact]
    public void NextOpening_NewYorkFallBack_OvernightWindowIsAnHourLonger()
    {
        var rules = Parse("+1617=Sat 22:00-06:00 America/New_York");

        Assert.Null(rules.NextOpening(Boston, At("2026-11-01T02:00Z"))); // Saturday 22:00 EDT
        Assert.Null(rules.NextOpening(Boston, At("2026-11-01T10:30Z"))); // Sunday 05:30 EST, nine hours on
        Assert.Equal(At("2026-11-08T03:00Z"), rules.NextOpening(Boston, At("2026-11-01T11:00Z"))); // 06:00 EST: closed
    }

    // --- daylight saving: Europe/London, 2026-03-29 01:00 -> 02:00 and 2026-10-25 02:00 -> 01:00

    [Fact]
    public void NextOpening_LondonSpringForward_OpeningInTheGapIsTheFirstInstantAfter()
    {
        var rules = Parse("+44=daily 01:30-03:00 Europe/London");

        Assert.Equal(At("2026-03-29T01:00Z"), rules.NextOpening(London, At("2026-03-29T00:00Z"))); // 00:00 GMT to 02:00 BST
        Assert.Null(rules.NextOpening(London, At("2026-03-29T01:59Z")));
        Assert.Equal(At("2026-03-30T00:30Z"), rules.NextOpening(London, At("2026-03-29T02:00Z"))); // 03:00 BST is closing
    }

    [Fact]
    public void NextOpening_LondonSpringForward_WeekdayWindowMovesWithTheClock()
    {
        var rules = Parse("+44=Mon-Fri 09:00-17:00 Europe/London");

        Assert.Equal(At("2026-03-30T08:00Z"), rules.NextOpening(London, At("2026-03-27T17:00Z"))); // Friday 17:00 GMT to Monday 09:00 BST
    }

    [Fact]
    public void NextOpening_LondonFallBack_AmbiguousOpeningTakesTheEarlierInstant()
    {
        var rules = Parse("+44=daily 01:30-04:00 Europe/London");

        Assert.Equal(At("2026-10-25T00:30Z"), rules.NextOpening(London, At("2026-10-25T00:00Z"))); // 01:00 BST to 01:30 BST
        Assert.Null(rules.NextOpening(London, At("2026-10-25T01:10Z"))); // 01:10 GMT, the repeated hour
        Assert.Equal(At("2026-10-26T01:30Z"), rules.NextOpening(London, At("2026-10-25T04:00Z"))); // 04:00 GMT is closing
    }

    [Fact]
    public void NextOpening_LondonFallBack_AmbiguousClosingTakesTheEarlierInstant()
    {
        var rules = Parse("+44=daily 00:00-01:30 Europe/London");

        Assert.Null(rules.NextOpening(London, At("2026-10-25T00:29Z"))); // 01:29 BST
        Assert.Equal(At("2026-10-26T00:00Z"), rules.NextOpening(London, At("2026-10-25T00:30Z"))); // 01:30 BST closes it
    }

    [Fact]
    public void NextOpening_ADateTheZoneSkipped_HasNoWindowAndTheNextListedDayOpens()
    {
        // Samoa moved across the date line: 2011-12-29 24:00 (-10) became 2011-12-31 00:00 (+14).
        var rules = Parse("+685=Fri 08:00-17:00 Pacific/Apia; +6857=Sat 08:00-17:00 Pacific/Apia");
        var thursdayEvening = At("2011-12-30T05:00Z");

        Assert.Equal(At("2012-01-05T18:00Z"), rules.NextOpening("+6852012345", thursdayEvening));
        Assert.Equal(At("2011-12-30T18:00Z"), rules.NextOpening("+6857212345", thursdayEvening));
    }

    private const string London = "+442071234567";

    private static readonly SendWindowRules Weekdays = Parse("+1617=Mon-Fri 08:00-17:00 America/New_York");

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    private static SendWindowRules Parse(string value)
    {
        var (rules, problems) = Read(value);
        Assert.Empty(problems);
        return rules;
    }

    private static (SendWindowRules Rules, IReadOnlyList<string> Problems) Read(string? value)
    {
        var reader = new SettingsReader(Builders.Configuration(new Dictionary<string, string?> { ["SEND_WINDOWS"] = value }));
        return (SendWindowRules.Read(reader), reader.Problems);
    }
}
