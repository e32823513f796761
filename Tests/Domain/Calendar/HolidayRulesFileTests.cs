using OneStopBot.Domain.Calendar;

namespace OneStopBot.Tests.Domain.Calendar;

public sealed class HolidayRulesFileTests
{
    private const string Header = "# Quy tắc ngày nghỉ\nid,calendar,date,offset,days,first_year,last_year,weekend,name\n";

    [Fact]
    public void BuiltInTable_IsReadFromTheShippedFile_InTheOrderOfItsRows()
    {
        VietnameseHolidayRules.BuiltIn.Rules.Select(r => r.Id).Should().Equal(
            "new-year", "lunar-new-year", "hung-kings", "victory-day", "labour-day", "national-day-adjacent", "national-day", "culture-day");
        VietnameseHolidayRules.BuiltIn.Rules.Should().ContainEquivalentOf(new HolidayRule(
            "lunar-new-year", HolidayDateKind.Lunar, 1, 1, HolidayPlacement.FromDate, -1, 5, null, null, WeekendCompensation.NextWeekday, "Tết Nguyên đán"));
    }

    [Theory]
    [InlineData("harvest,solar,15/08,0,1,,,next_weekday", "missing column 'name'")]
    [InlineData("harvest,solar,15/08,0,1,,,next_weekday,  ", "missing column 'name'")]
    [InlineData("harvest,solar,15/08", "missing column 'offset'")]
    [InlineData("Harvest,solar,15/08,0,1,,,next_weekday,Ngày mùa", "bad id 'Harvest'")]
    [InlineData("harvest,moon,15/08,0,1,,,next_weekday,Ngày mùa", "unknown calendar 'moon'")]
    [InlineData("harvest,solar,31/04,0,1,,,next_weekday,Ngày mùa", "bad date '31/04'")]
    [InlineData("harvest,solar,15-08,0,1,,,next_weekday,Ngày mùa", "bad date '15-08'")]
    [InlineData("harvest,solar,29/02,0,1,,,next_weekday,Ngày mùa", "29/02 is not in every year")]
    [InlineData("harvest,lunar,30/12,0,1,,,next_weekday,Ngày mùa", "not every lunar month has a 30th day")]
    [InlineData("harvest,solar,15/08,-31,1,,,next_weekday,Ngày mùa", "bad offset '-31'")]
    [InlineData("harvest,solar,15/08,next,1,,,next_weekday,Ngày mùa", "bad offset 'next'")]
    [InlineData("harvest,solar,15/08,0,0,,,next_weekday,Ngày mùa", "bad days '0'")]
    [InlineData("harvest,solar,15/08,adjacent,2,,,next_weekday,Ngày mùa", "offset adjacent gives one day, not 2")]
    [InlineData("harvest,solar,15/08,0,1,27,,next_weekday,Ngày mùa", "bad first_year '27'")]
    [InlineData("harvest,solar,15/08,0,1,2030,2028,next_weekday,Ngày mùa", "first_year 2030 is after last_year 2028")]
    [InlineData("harvest,solar,15/08,0,1,,,monday,Ngày mùa", "unknown weekend 'monday'")]
    [InlineData("new-year,solar,02/01,0,1,,,none,Lặp lại", "duplicate id 'new-year' (already on line 3)")]
    public void MalformedLine_IsReportedWithFileLineAndReason(string badLine, string reason)
    {
        string text = Header + "new-year,solar,01/01,0,1,,,next_weekday,Tết Dương lịch\n\n# a comment\n" + badLine + "\n";

        Action parse = () => VietnameseHolidayRules.Parse(new StringReader(text), "holiday-rules-local.csv");

        var error = parse.Should().Throw<CalendarFileException>().Which;
        error.Message.Should().StartWith("holiday-rules-local.csv, line 6: ").And.Contain(reason);
        error.SourceName.Should().Be("holiday-rules-local.csv");
        error.LineNumber.Should().Be(6);
    }

    [Fact]
    public void RulesFile_ReplacesTheRuleWithItsIdInPlace_AndAddsNewOnesAtTheEnd()
    {
        const string text = Header + """
            lunar-new-year,lunar,01/01,-2,7,,,next_weekday,Tết Nguyên đán
            harvest,solar,15/08,0,1,,,next_weekday,Ngày mùa, lễ hội
            """;

        var rules = VietnameseHolidayRules.BuiltIn.ExtendedBy(VietnameseHolidayRules.Parse(new StringReader(text), "local.csv"));

        rules.Rules.Select(r => r.Id).Should().Equal(
            "new-year", "lunar-new-year", "hung-kings", "victory-day", "labour-day", "national-day-adjacent", "national-day", "culture-day", "harvest");
        rules.Rules[1].Days.Should().Be(7);
        rules.Rules[^1].Name.Should().Be("Ngày mùa, lễ hội");

        // Tết 2027 (mùng 1 on Saturday 6/2) now starts on 28 Chạp, Thursday 4/2.
        var notes = rules.ForYear(2027);
        notes.Where(n => n.Kind == DayKind.Holiday && n.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal))
            .Select(n => n.Date).Should().Equal(Enumerable.Range(0, 7).Select(i => new DateOnly(2027, 2, 4).AddDays(i)));
        notes.Should().Contain(new DayNote(new(2027, 2, 4), DayKind.Holiday, "Tết Nguyên đán (28 Chạp)"));
        notes.Should().Contain(new DayNote(new(2027, 8, 16), DayKind.Compensatory, "Nghỉ bù Ngày mùa, lễ hội"), "15/8/2027 is a Sunday");
        VietnameseHolidayRules.BuiltIn.ForYear(2027).Should().NotContain(n => n.Date == new DateOnly(2027, 8, 16), "the built-in table itself is unchanged");
    }

    [Fact]
    public void FirstAndLastYear_BoundTheYearsARuleGivesItsDays()
    {
        const string text = Header + "harvest,solar,14/08,0,1,2027,2028,next_weekday,Ngày mùa\n";
        var rules = VietnameseHolidayRules.Parse(new StringReader(text), "local.csv");

        int[] yearsWithTheDay = [.. Enumerable.Range(2025, 6).Where(y => rules.ForYear(y).Any(n => n.Date == new DateOnly(y, 8, 14)))];

        yearsWithTheDay.Should().Equal(2027, 2028);
    }

    [Fact]
    public void APendingRule_GivesNothingUntilItsFirstYearIsSet()
    {
        const string text = Header + "harvest,solar,16/08,0,1,pending,,next_weekday,Ngày mùa\n";
        var rules = VietnameseHolidayRules.Parse(new StringReader(text), "local.csv");

        rules.Rules.Should().ContainSingle().Which.AwaitsFirstYear.Should().BeTrue();
        Enumerable.Range(2025, 6).SelectMany(rules.ForYear).Should().BeEmpty();

        var inForce = rules.WithFirstYear("harvest", 2028);
        Enumerable.Range(2025, 6).SelectMany(inForce.ForYear).Select(n => n.Date).Should().Equal(
            new DateOnly(2028, 8, 16), new DateOnly(2029, 8, 16), new DateOnly(2030, 8, 16));
        rules.Invoking(r => r.WithFirstYear("harvest-day", 2028)).Should().Throw<ArgumentException>().WithMessage("*'harvest-day'*");
    }

    [Fact]
    public void ARuleWithoutCompensation_LosesItsWeekendDay()
    {
        // 15/8/2027 is a Sunday.
        const string text = Header + "harvest,solar,15/08,0,1,,,none,Ngày mùa\n";

        VietnameseHolidayRules.Parse(new StringReader(text), "local.csv").ForYear(2027)
            .Should().Equal(new DayNote(new(2027, 8, 15), DayKind.Holiday, "Ngày mùa"));
    }

    [Fact]
    public void ASolarRuleOfSeveralDays_NamesEachDayByItsDate()
    {
        const string text = Header + "festival,solar,09/03,-1,2,,,next_weekday,Lễ hội\n";

        VietnameseHolidayRules.Parse(new StringReader(text), "local.csv").ForYear(2028).Should().Equal(
            new DayNote(new(2028, 3, 8), DayKind.Holiday, "Lễ hội (08/03)"),
            new DayNote(new(2028, 3, 9), DayKind.Holiday, "Lễ hội (09/03)"));
    }

    [Fact]
    public void ALunarDateLateInTheLunarYear_FallsInTheNextSolarYear()
    {
        // Ông Công ông Táo, 23 Chạp: lunar year 2026's twelfth month lies in January and February 2027 (Tết 2027 is on 6/2).
        const string text = Header + "kitchen-gods,lunar,23/12,0,1,,,none,Ông Công ông Táo\n";
        var rules = VietnameseHolidayRules.Parse(new StringReader(text), "local.csv");

        DayNote day = rules.ForYear(2027).Should().ContainSingle().Which;

        day.Date.Should().Be(VietnameseLunarCalendar.NewYear(2027).AddDays(-7));
        VietnameseLunarCalendar.FromSolar(day.Date).Should().Be(new LunarDate(2026, 12, 23, false));
    }

    [Fact]
    public void AHolidayOwedAcrossNewYear_IsMadeUpInTheNextYear()
    {
        // Saturday 31/12/2022 is owed a day; Sunday 1/1/2023 is owed one too; Monday 2/1 goes to the earlier one.
        const string text = Header + """
            new-year,solar,01/01,0,1,,,next_weekday,Tết Dương lịch
            new-year-eve,solar,31/12,0,1,,,next_weekday,Giao thừa
            """;
        var rules = VietnameseHolidayRules.Parse(new StringReader(text), "local.csv");

        rules.ForYear(2022).Should().NotContain(n => n.Kind == DayKind.Compensatory && n.Date.Month == 12);
        rules.ForYear(2022).Should().Contain(new DayNote(new(2022, 12, 31), DayKind.Holiday, "Giao thừa"));
        rules.ForYear(2023).Should().Equal(
            new DayNote(new(2023, 1, 1), DayKind.Holiday, "Tết Dương lịch"),
            new DayNote(new(2023, 1, 2), DayKind.Compensatory, "Nghỉ bù Giao thừa"),
            new DayNote(new(2023, 1, 3), DayKind.Compensatory, "Nghỉ bù Tết Dương lịch"),
            new DayNote(new(2023, 12, 31), DayKind.Holiday, "Giao thừa"));
    }
}
