using OneStopBot.Domain.Calendar;

namespace OneStopBot.Tests.Domain.Calendar;

public sealed class VietnameseHolidayRulesTests
{
    /// <summary>Where the government's choices for 2024–2026 depart from the rule-based defaults, and why.</summary>
    private static readonly Difference[] KnownDifferences =
    [
        new(new(2024, 2, 8), null, DayKind.Holiday, "Tết 2024: the government gave 29 Chạp instead of mùng 4"),
        new(new(2024, 2, 13), DayKind.Holiday, DayKind.Compensatory, "Tết 2024: mùng 4 is not a holiday, so 13/2 is the day owed for Saturday mùng 1"),
        new(new(2024, 2, 15), DayKind.Compensatory, null, "Tết 2024: with 29 Chạp off, only two weekend days were owed (13 and 14/2)"),
        new(new(2024, 4, 29), null, DayKind.SwapOff, "30/4 2024: Monday 29/4 swapped for Saturday 4/5"),
        new(new(2024, 5, 4), null, DayKind.SwapOn, "30/4 2024: Saturday 4/5 worked for Monday 29/4"),
        new(new(2025, 1, 27), null, DayKind.Holiday, "Tết 2025: the government gave 28 Chạp instead of mùng 4"),
        new(new(2025, 2, 1), DayKind.Holiday, null, "Tết 2025: mùng 4 (a Saturday) is not a holiday"),
        new(new(2025, 2, 3), DayKind.Compensatory, null, "Tết 2025: no weekend holiday, so no compensatory day"),
        new(new(2025, 4, 26), null, DayKind.SwapOn, "30/4 2025: Saturday 26/4 worked for Friday 2/5"),
        new(new(2025, 5, 2), null, DayKind.SwapOff, "30/4 2025: Friday 2/5 swapped for Saturday 26/4"),
        new(new(2026, 1, 2), null, DayKind.SwapOff, "1/1 2026: Friday 2/1 swapped for Saturday 10/1"),
        new(new(2026, 1, 10), null, DayKind.SwapOn, "1/1 2026: Saturday 10/1 worked for Friday 2/1"),
        new(new(2026, 4, 26), DayKind.Holiday, null, "Giỗ Tổ 2026 is a Sunday; the official list names only its compensatory Monday"),
        new(new(2026, 8, 22), null, DayKind.SwapOn, "2/9 2026: Saturday 22/8 worked for Monday 31/8"),
        new(new(2026, 8, 31), null, DayKind.SwapOff, "2/9 2026: Monday 31/8 swapped for Saturday 22/8"),
    ];

    [Fact]
    public void RulesFor2024To2026_DifferFromTheOfficialSchedulesOnlyWhereTheGovernmentChose()
    {
        var differences = new List<Difference>();
        foreach (int year in new[] { 2024, 2025, 2026 })
        {
            var byRule = VietnameseHolidayRules.BuiltIn.ForYear(year).ToDictionary(n => n.Date, n => n.Kind);
            var official = OfficialSchedule.BuiltIn.ForYear(year)!.ToDictionary(n => n.Date, n => n.Kind);
            foreach (DateOnly date in byRule.Keys.Union(official.Keys).Order())
            {
                DayKind? rule = byRule.TryGetValue(date, out var r) ? r : null;
                DayKind? announced = official.TryGetValue(date, out var o) ? o : null;
                if (rule != announced)
                {
                    differences.Add(new Difference(date, rule, announced, ""));
                }
            }
        }

        differences.Should().BeEquivalentTo(
            KnownDifferences,
            options => options.Excluding(d => d.Why).WithStrictOrdering());
    }

    [Fact]
    public void RulesFor2024To2026_NameTheDaysTheyShareWithTheOfficialSchedulesAsTheyAreNamedThere()
    {
        var differentNames = new List<(DateOnly Date, string ByRule, string Official)>();
        foreach (int year in new[] { 2024, 2025, 2026 })
        {
            var official = OfficialSchedule.BuiltIn.ForYear(year)!.ToDictionary(n => n.Date);
            foreach (DayNote byRule in VietnameseHolidayRules.BuiltIn.ForYear(year))
            {
                if (official.TryGetValue(byRule.Date, out DayNote? announced) && announced.Kind == byRule.Kind && announced.Name != byRule.Name)
                {
                    differentNames.Add((byRule.Date, byRule.Name, announced.Name));
                }
            }
        }

        // The official list says why 27/4/2026 is off; the rules name only the holiday.
        differentNames.Should().Equal((new DateOnly(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương", "Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)"));
    }

    [Fact]
    public void DerivedYears2020To2030_AreTheDaysPinnedInTheTestData()
    {
        OfficialSchedule pinned = PinnedDerivedYears();
        pinned.Years.Should().Equal(Enumerable.Range(2020, 11));

        foreach (int year in pinned.Years)
        {
            VietnameseHolidayRules.BuiltIn.ForYear(year).Should().Equal(pinned.ForYear(year), $"the rules for {year} should derive the pinned days");
        }
    }

    [Fact]
    public void Tet2026ByRule_IsExactlyTheOfficialFiveDaysWithTheirNames()
    {
        var byRule = VietnameseHolidayRules.BuiltIn.ForYear(2026).Where(n => n.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal));
        var official = OfficialSchedule.BuiltIn.ForYear(2026)!.Where(n => n.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal));

        byRule.Should().Equal(official);
        byRule.First().Name.Should().Be("Tết Nguyên đán (29 Chạp)");
    }

    [Fact]
    public void HolidaysOnAWeekend_GiveTheNextFreeWeekdaysAsCompensatoryDays()
    {
        // Tết 2024 by rule: 30 Chạp (Fri 9/2) to mùng 4 (Tue 13/2); Saturday and Sunday are owed 14 and 15/2.
        var notes = VietnameseHolidayRules.BuiltIn.ForYear(2024);

        notes.Where(n => n.Kind == DayKind.Compensatory).Should().Equal(
            new DayNote(new(2024, 2, 14), DayKind.Compensatory, "Nghỉ bù Tết Nguyên đán"),
            new DayNote(new(2024, 2, 15), DayKind.Compensatory, "Nghỉ bù Tết Nguyên đán"));
        notes.Should().Contain(new DayNote(new(2024, 2, 9), DayKind.Holiday, "Tết Nguyên đán (30 Chạp)"));
    }

    [Theory]
    [InlineData(2024, "2024-09-03")] // 1/9 is a Sunday
    [InlineData(2029, "2029-09-03")] // 1/9 is a Saturday
    [InlineData(2025, "2025-09-01")] // 2/9 is a Tuesday
    [InlineData(2026, "2026-09-01")] // 2/9 is a Wednesday
    [InlineData(2021, "2021-09-03")] // 2/9 is a Thursday
    [InlineData(2027, "2027-09-03")] // 2/9 is a Thursday
    [InlineData(2022, "2022-09-01")] // 2/9 is a Friday
    public void DayNextToNationalDay_IsTheFirstOfSeptember_OrTheThirdWhenThatIsAWeekendOrTheSecondIsAThursday(int year, string expected)
    {
        var adjacent = VietnameseHolidayRules.BuiltIn.ForYear(year).Where(n => n.Name == "Quốc khánh (ngày liền kề)");

        adjacent.Should().Equal(new DayNote(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DayKind.Holiday, "Quốc khánh (ngày liền kề)"));
    }

    [Fact]
    public void NationalDayOnAThursday_GivesAFourDayWeekend_AndLeavesWednesdayAWorkingDay()
    {
        var calendar = new VietnamWorkingCalendar();
        var nationalDay = new DateOnly(2027, 9, 2);
        nationalDay.DayOfWeek.Should().Be(DayOfWeek.Thursday);

        calendar.IsWorkingDay(new DateOnly(2027, 9, 1)).Should().BeTrue();
        Enumerable.Range(0, 4).Select(i => calendar.IsWorkingDay(nationalDay.AddDays(i))).Should().AllBeEquivalentTo(false);
        calendar.NextWorkingDay(new DateOnly(2027, 9, 1)).Should().Be(new DateOnly(2027, 9, 6));
    }

    [Fact]
    public void EveryYearFrom1900To2199_HasElevenHolidaysAndOneFreeWeekdayForEachLostOne()
    {
        for (int year = VietnameseLunarCalendar.MinYear; year <= VietnameseLunarCalendar.MaxYear; year++)
        {
            var notes = VietnameseHolidayRules.BuiltIn.ForYear(year);
            var holidays = notes.Where(n => n.Kind == DayKind.Holiday).ToList();
            var compensatory = notes.Where(n => n.Kind == DayKind.Compensatory).ToList();

            holidays.Count.Should().BeInRange(10, 11, $"{year} has eleven holidays, two of which may share a day");
            compensatory.Should().HaveCount(
                holidays.Count(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) + (11 - holidays.Count),
                $"{year} owes one day per holiday lost to a weekend or to another holiday");
            compensatory.Should().NotContain(c => c.Date.DayOfWeek == DayOfWeek.Saturday || c.Date.DayOfWeek == DayOfWeek.Sunday);
            notes.Select(n => n.Date).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();
            notes.Should().OnlyContain(n => n.Date.Year == year);
        }
    }

    /// <summary>Days the rules derived for 2020–2030, kept as data so that any change to a derived day shows in a diff.</summary>
    private static OfficialSchedule PinnedDerivedYears()
    {
        const string resource = "OneStopBot.Tests.Calendar.derived-2020-2030.csv";
        using Stream stream = typeof(VietnameseHolidayRulesTests).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in the test assembly.");
        return OfficialSchedule.Parse(stream, resource);
    }

    private sealed record Difference(DateOnly Date, DayKind? ByRule, DayKind? Official, string Why);
}
