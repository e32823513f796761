using System.Globalization;
using OneStopBot.Domain.Calendar;

namespace OneStopBot.Tests.Domain.Calendar;

public sealed class VietnamWorkingCalendarTests
{
    private readonly VietnamWorkingCalendar _calendar = new();

    [Fact]
    public void AddingThreeWorkingDaysAcrossTet2025_LandsOnWednesday() =>
        _calendar.AddWorkingDays(new DateOnly(2025, 1, 24), 3).Should().Be(new DateOnly(2025, 2, 5));

    [Fact]
    public void AddingThreeWorkingDaysAcrossThe2024Swap_LandsOnTheWorkedSaturday() =>
        _calendar.AddWorkingDays(new DateOnly(2024, 4, 26), 3).Should().Be(new DateOnly(2024, 5, 4));

    [Fact]
    public void AddingOneWorkingDayOnAFriday_LandsOnMonday()
    {
        var friday = new DateOnly(2026, 11, 27);

        _calendar.AddWorkingDays(friday, 1).Should().Be(new DateOnly(2026, 11, 30));
        _calendar.IsWorkingDay(friday.AddDays(1)).Should().BeFalse();
        _calendar.IsWorkingDay(friday.AddDays(2)).Should().BeFalse();
        _calendar.WorkingDaysBetween(friday, new DateOnly(2026, 11, 30)).Should().Be(1);
        _calendar.WorkingDaysBetween(friday, friday.AddDays(2)).Should().Be(0);
    }

    [Fact]
    public void NextWorkingDay_IsStrictlyAfterTheDate()
    {
        _calendar.NextWorkingDay(new DateOnly(2026, 11, 30)).Should().Be(new DateOnly(2026, 12, 1));
        _calendar.NextWorkingDay(new DateOnly(2026, 11, 28)).Should().Be(new DateOnly(2026, 11, 30));
    }

    [Fact]
    public void AddingZeroWorkingDays_KeepsAWorkingDayAndMovesAWeekendToMonday()
    {
        _calendar.AddWorkingDays(new DateOnly(2026, 11, 30), 0).Should().Be(new DateOnly(2026, 11, 30));
        _calendar.AddWorkingDays(new DateOnly(2026, 11, 28), 0).Should().Be(new DateOnly(2026, 11, 30));
    }

    // One row per 2024–2026 block of days off: from the last working day before it, the official answer.
    [Theory]
    [InlineData("2023-12-29", 1, "2024-01-02", "Tết Dương lịch 2024")]
    [InlineData("2024-02-07", 1, "2024-02-15", "Tết Nguyên đán 2024")]
    [InlineData("2024-04-17", 1, "2024-04-19", "Giỗ Tổ 2024")]
    [InlineData("2024-04-26", 1, "2024-05-02", "30/4–1/5 2024 with the 29/4 swap")]
    [InlineData("2024-05-03", 1, "2024-05-04", "Saturday 4/5/2024 is worked")]
    [InlineData("2024-08-30", 1, "2024-09-04", "Quốc khánh 2024")]
    [InlineData("2024-12-31", 1, "2025-01-02", "Tết Dương lịch 2025")]
    [InlineData("2025-01-24", 1, "2025-02-03", "Tết Nguyên đán 2025")]
    [InlineData("2025-04-04", 1, "2025-04-08", "Giỗ Tổ 2025")]
    [InlineData("2025-04-25", 1, "2025-04-26", "Saturday 26/4/2025 is worked")]
    [InlineData("2025-04-29", 1, "2025-05-05", "30/4–1/5 2025 with the 2/5 swap")]
    [InlineData("2025-08-29", 1, "2025-09-03", "Quốc khánh 2025")]
    [InlineData("2025-12-31", 1, "2026-01-05", "Tết Dương lịch 2026 with the 2/1 swap")]
    [InlineData("2026-01-09", 1, "2026-01-10", "Saturday 10/1/2026 is worked")]
    [InlineData("2026-02-13", 1, "2026-02-23", "Tết Nguyên đán 2026")]
    [InlineData("2026-04-24", 1, "2026-04-28", "Giỗ Tổ 2026 on a Sunday, compensated on Monday")]
    [InlineData("2026-04-29", 1, "2026-05-04", "30/4–1/5 2026")]
    [InlineData("2026-08-21", 1, "2026-08-22", "Saturday 22/8/2026 is worked")]
    [InlineData("2026-08-28", 1, "2026-09-03", "Quốc khánh 2026 with the 31/8 swap")]
    public void AddingWorkingDaysAcrossAnOfficialBlock_GivesTheOfficialAnswer(string start, int days, string expected, string block)
    {
        _calendar.AddWorkingDays(Parse(start), days).Should().Be(Parse(expected), block);
    }

    [Fact]
    public void DaysOffSkippedOverTet2025_AreNamed()
    {
        var daysOff = _calendar.DaysOff(new DateOnly(2025, 1, 25), new DateOnly(2025, 2, 5));

        daysOff.Select(d => d.Date.Day).Should().Equal(27, 28, 29, 30, 31);
        daysOff[2].Name.Should().Be("Tết Nguyên đán (mùng 1)");
        _calendar.DaysOff(new DateOnly(2024, 4, 26), new DateOnly(2024, 5, 4)).Select(d => d.Kind).Should()
            .Equal(DayKind.SwapOff, DayKind.Holiday, DayKind.Holiday);
    }

    [Fact]
    public void Describe_ExplainsUnusualDaysOnly()
    {
        _calendar.Describe(new DateOnly(2024, 5, 4)).Should().Be(new DayNote(new(2024, 5, 4), DayKind.SwapOn, "Làm bù cho thứ Hai 29/4"));
        _calendar.Describe(new DateOnly(2027, 2, 6))!.Name.Should().Be("Tết Nguyên đán (mùng 1)");
        _calendar.Describe(new DateOnly(2026, 11, 27)).Should().BeNull();
        _calendar.Describe(new DateOnly(2026, 11, 28)).Should().BeNull();
    }

    [Fact]
    public void YearsWithoutAnOfficialSchedule_UseTheRules()
    {
        // Tết 2027 by rule: 30 Chạp (Fri 5/2) to mùng 4 (Tue 9/2), Saturday and Sunday owed on 10 and 11/2.
        _calendar.AddWorkingDays(new DateOnly(2027, 2, 4), 1).Should().Be(new DateOnly(2027, 2, 12));
    }

    [Fact]
    public void OverrideFile_ReplacesTheYearItContains()
    {
        const string text = "date,kind,name\n2025-01-01,holiday,Tết Dương lịch\n2027-02-11,holiday,Nghỉ thêm\n";
        var calendar = new VietnamWorkingCalendar(OfficialSchedule.Parse(new StringReader(text), "override.csv"));

        calendar.IsWorkingDay(new DateOnly(2025, 1, 29)).Should().BeTrue("2025 now comes only from the override file");
        calendar.IsWorkingDay(new DateOnly(2027, 2, 9)).Should().BeTrue("2027's rule-based Tết is replaced too");
        calendar.IsWorkingDay(new DateOnly(2027, 2, 11)).Should().BeFalse();
        calendar.IsWorkingDay(new DateOnly(2026, 2, 17)).Should().BeFalse("2026 keeps the built-in schedule");
    }

    [Fact]
    public void WorkingDaysBetween_AgreesWithAddWorkingDaysAndWithCountingDayByDay()
    {
        var random = new Random(20_260_217);
        var first = new DateOnly(2023, 6, 1);
        for (int i = 0; i < 3_000; i++)
        {
            DateOnly start = first.AddDays(random.Next(0, 1_600));
            int days = random.Next(1, 60);

            DateOnly end = _calendar.AddWorkingDays(start, days);

            _calendar.WorkingDaysBetween(start, end).Should().Be(days);
            _calendar.IsWorkingDay(end).Should().BeTrue();
            _calendar.WorkingDaysBetween(end, start).Should().Be(-days);
            _calendar.AddWorkingDays(end, -days).Should().Be(_calendar.IsWorkingDay(start) ? start : _calendar.AddWorkingDays(start, -1));

            DateOnly other = start.AddDays(random.Next(-40, 40));
            int counted = 0;
            for (DateOnly d = Min(start, other).AddDays(1); d <= Max(start, other); d = d.AddDays(1))
            {
                counted += _calendar.IsWorkingDay(d) ? 1 : 0;
            }

            _calendar.WorkingDaysBetween(start, other).Should().Be(other >= start ? counted : -counted);
        }
    }

    [Fact]
    public void CalendarSharedBetweenThreads_GivesTheSameAnswers()
    {
        var shared = new VietnamWorkingCalendar();
        var starts = Enumerable.Range(0, 4_000).Select(i => new DateOnly(1990, 1, 1).AddDays(i * 11)).ToArray();

        var parallel = new DateOnly[starts.Length];
        Parallel.For(0, starts.Length, i => parallel[i] = shared.AddWorkingDays(starts[i], 15));

        parallel.Should().Equal(starts.Select(s => _calendar.AddWorkingDays(s, 15)));
    }

    private static DateOnly Parse(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
