using OneStopBot.Domain.Calendar;

namespace OneStopBot.Tests.Domain.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    // Reference table of the domain README, section 4 (leap month 0 = none).
    [Theory]
    [InlineData(2020, "2020-01-25", "2020-04-02", 4)]
    [InlineData(2021, "2021-02-12", "2021-04-21", 0)]
    [InlineData(2022, "2022-02-01", "2022-04-10", 0)]
    [InlineData(2023, "2023-01-22", "2023-04-29", 2)]
    [InlineData(2024, "2024-02-10", "2024-04-18", 0)]
    [InlineData(2025, "2025-01-29", "2025-04-07", 6)]
    [InlineData(2026, "2026-02-17", "2026-04-26", 0)]
    [InlineData(2027, "2027-02-06", "2027-04-16", 0)]
    [InlineData(2028, "2028-01-26", "2028-04-04", 5)]
    [InlineData(2029, "2029-02-13", "2029-04-23", 0)]
    public void TetGioToAndLeapMonth_MatchThePublishedTable(int year, string tet, string gioTo, int leapMonth)
    {
        VietnameseLunarCalendar.ToSolar(year, 1, 1, isLeapMonth: false).Should().Be(DateOnly.Parse(tet, Invariant));
        VietnameseLunarCalendar.ToSolar(year, 3, 10, isLeapMonth: false).Should().Be(DateOnly.Parse(gioTo, Invariant));
        VietnameseLunarCalendar.NewYear(year).Should().Be(DateOnly.Parse(tet, Invariant));
        VietnameseLunarCalendar.LeapMonth(year).Should().Be(leapMonth == 0 ? null : leapMonth);
        VietnameseLunarCalendar.FromSolar(DateOnly.Parse(tet, Invariant)).Should().Be(new LunarDate(year, 1, 1, false));
    }

    [Theory]
    [InlineData("2007-02-17")] // new moon 23:14 in Hà Nội, 00:14 the next day in Beijing
    [InlineData("1985-01-21")] // month 11 differs: Viet Nam's Tết came a month before China's
    public void TetInYearsWhereVietNamAndChinaDiffer_FollowsUtcPlus7(string tet)
    {
        var date = DateOnly.Parse(tet, Invariant);
        VietnameseLunarCalendar.FromSolar(date).Should().Be(new LunarDate(date.Year, 1, 1, false));
    }

    [Fact]
    public void LeapMonth1987_IsTheSeventhBecauseTheMajorTermFellBeforeMidnightInHanoi()
    {
        // Xử thử (150°) came at about 23:10 on 23/8/1987 in UTC+7, already 24/8 in UTC+8, the day of the next new
        // moon: so the month from 26/7 has a major term in Viet Nam (where the leap is the 7th) and none in China (the 6th).
        VietnameseLunarCalendar.LeapMonth(1987).Should().Be(7);
        VietnameseLunarCalendar.LeapMonth(1984).Should().BeNull();
        VietnameseLunarCalendar.LeapMonth(1985).Should().Be(2);
    }

    [Theory]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(2023, "Quý Mão")]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(2027, "Đinh Mùi")]
    public void CanChi_NamesTheYearInVietnamese(int year, string expected) =>
        VietnameseLunarCalendar.CanChi(year).Should().Be(expected);

    [Fact]
    public void LeapMonth2025_IsTheSixthAndFollowsTheRegularSixth()
    {
        DateOnly sixth = VietnameseLunarCalendar.ToSolar(2025, 6, 1, isLeapMonth: false);
        DateOnly leapSixth = VietnameseLunarCalendar.ToSolar(2025, 6, 1, isLeapMonth: true);

        sixth.Should().Be(new DateOnly(2025, 6, 25));
        leapSixth.Should().Be(new DateOnly(2025, 7, 25));
        VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 8, 1)).Should().Be(new LunarDate(2025, 6, 8, true));
    }

    [Fact]
    public void EveryDayFrom1900To2199_RoundTripsAndCountsUpByOne()
    {
        var failures = new List<string>();
        LunarDate? previous = null;
        for (DateOnly day = VietnameseLunarCalendar.MinSolarDate; day <= VietnameseLunarCalendar.MaxSolarDate; day = day.AddDays(1))
        {
            LunarDate lunar = VietnameseLunarCalendar.FromSolar(day);
            DateOnly back = VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth);
            if (back != day)
            {
                failures.Add($"{day:yyyy-MM-dd} → {lunar} → {back:yyyy-MM-dd}");
            }

            if (previous is { } p && lunar.Day != p.Day + 1 && (lunar.Day != 1 || p.Day < 29))
            {
                failures.Add($"{day:yyyy-MM-dd}: {p} followed by {lunar}");
            }

            previous = lunar;
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void EveryLunarMonth_StartsOnTheDayOfANewMoonInUtcPlus7AndLasts29Or30Days()
    {
        // The new moons come straight from the astronomy, not from the calendar's month tables.
        int first = LunarAstronomy.NewMoonNumberOnOrBefore(VietnameseLunarCalendar.MinSolarDate);
        int last = LunarAstronomy.NewMoonNumberOnOrBefore(VietnameseLunarCalendar.MaxSolarDate);
        var newMoonDays = new HashSet<DateOnly>();
        var failures = new List<string>();
        for (int k = first; k <= last; k++)
        {
            DateOnly day = LunarAstronomy.NewMoonDay(k);
            newMoonDays.Add(day);
            int length = LunarAstronomy.NewMoonDay(k + 1).DayNumber - day.DayNumber;
            if (length is not (29 or 30))
            {
                failures.Add($"new moon {k} on {day:yyyy-MM-dd}: month of {length} days");
            }
        }

        for (DateOnly day = VietnameseLunarCalendar.MinSolarDate; day <= VietnameseLunarCalendar.MaxSolarDate; day = day.AddDays(1))
        {
            bool firstOfMonth = VietnameseLunarCalendar.FromSolar(day).Day == 1;
            if (firstOfMonth != newMoonDays.Contains(day))
            {
                failures.Add($"{day:yyyy-MM-dd}: first of a lunar month {firstOfMonth}, new moon {!firstOfMonth}");
            }
        }

        failures.Should().BeEmpty();
        newMoonDays.Should().HaveCount(last - first + 1, "no two new moons fall on the same day");
    }

    [Fact]
    public void EveryLunarYear_HasTwelveMonthsOrThirteenWithOneLeapMonth()
    {
        for (int year = VietnameseLunarCalendar.MinYear; year < VietnameseLunarCalendar.MaxYear; year++)
        {
            int days = VietnameseLunarCalendar.NewYear(year + 1).DayNumber - VietnameseLunarCalendar.NewYear(year).DayNumber;
            int? leap = VietnameseLunarCalendar.LeapMonth(year);
            if (leap is null)
            {
                days.Should().BeInRange(353, 355, $"lunar year {year} has twelve months");
            }
            else
            {
                days.Should().BeInRange(383, 385, $"lunar year {year} has a leap month {leap}");
            }
        }
    }

    [Fact]
    public void NewMoonOfMeeusExample49a_IsComputedToTheSecond()
    {
        // Astronomical Algorithms, example 49.a: the new moon of February 1977, JDE 2443192.65118.
        LunarAstronomy.NewMoonJde(-283).Should().BeApproximately(2_443_192.65118, 0.00002);
    }

    [Fact]
    public void SunLongitudeAtTheJune2024Solstice_IsNinetyDegrees()
    {
        // Solstice 2024-06-20 20:51 UTC = 2024-06-21 03:51 in Viet Nam: the day starts just before 90°.
        LunarAstronomy.SunLongitudeAtStartOf(new DateOnly(2024, 6, 21)).Should().BeInRange(89.8, 90.0);
        LunarAstronomy.SunLongitudeAtStartOf(new DateOnly(2024, 6, 22)).Should().BeInRange(90.0, 91.0);
    }

    [Theory]
    [InlineData(2025, 13, 1, false)]
    [InlineData(2025, 0, 1, false)]
    [InlineData(2025, 1, 0, false)]
    [InlineData(2025, 1, 31, false)]
    [InlineData(2024, 4, 1, true)] // 2024 has no leap month
    [InlineData(2025, 5, 1, true)] // 2025's leap month is the sixth
    [InlineData(2300, 1, 1, false)]
    public void ImpossibleLunarDates_AreRefused(int year, int month, int day, bool leap)
    {
        Action convert = () => VietnameseLunarCalendar.ToSolar(year, month, day, leap);
        convert.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void DayThirtyOfATwentyNineDayMonth_IsRefused()
    {
        // The twelfth month of Giáp Thìn ended on 29 Chạp (2025-01-28), the eve of Tết 2025.
        VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 1, 28)).Should().Be(new LunarDate(2024, 12, 29, false));
        Action convert = () => VietnameseLunarCalendar.ToSolar(2024, 12, 30, isLeapMonth: false);
        convert.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void SolarDatesOutsideTheSupportedRange_AreRefused()
    {
        Action before = () => VietnameseLunarCalendar.FromSolar(new DateOnly(1899, 12, 31));
        Action after = () => VietnameseLunarCalendar.FromSolar(new DateOnly(2200, 1, 1));
        before.Should().Throw<ArgumentOutOfRangeException>();
        after.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static IFormatProvider Invariant => System.Globalization.CultureInfo.InvariantCulture;
}
