using OneStopBot.Domain.Calendar;

namespace OneStopBot.Tests.Domain.Calendar;

/// <summary>24/11, Ngày Văn hóa Việt Nam: a paid day off once the Labour Code says so, from a year the office sets.</summary>
public sealed class CultureDayTests
{
    private static readonly VietnameseHolidayRules From2027 = VietnameseHolidayRules.BuiltIn.WithFirstYear(VietnameseHolidayRules.CultureDayId, 2027);

    [Fact]
    public void ByDefault_24NovemberIsAWorkingDayEveryYear()
    {
        var calendar = new VietnamWorkingCalendar();

        calendar.IsWorkingDay(new DateOnly(2026, 11, 24)).Should().BeTrue("Tuesday 24/11/2026 is a working day until the law is in force");
        calendar.IsWorkingDay(new DateOnly(2027, 11, 24)).Should().BeTrue();
        calendar.Describe(new DateOnly(2027, 11, 24)).Should().BeNull();
        Enumerable.Range(2020, 20).SelectMany(VietnameseHolidayRules.BuiltIn.ForYear)
            .Should().NotContain(n => n.Date.Month == 11, "no built-in rule in force gives a day in November");
    }

    [Fact]
    public void InForceFrom2027_24November2027IsOff_And2026IsNot()
    {
        var calendar = new VietnamWorkingCalendar(rules: From2027);

        calendar.Describe(new DateOnly(2027, 11, 24)).Should().Be(new DayNote(new(2027, 11, 24), DayKind.Holiday, "Ngày Văn hóa Việt Nam"));
        calendar.IsWorkingDay(new DateOnly(2027, 11, 24)).Should().BeFalse();
        calendar.AddWorkingDays(new DateOnly(2027, 11, 23), 1).Should().Be(new DateOnly(2027, 11, 25));
        calendar.IsWorkingDay(new DateOnly(2026, 11, 24)).Should().BeTrue();
        From2027.ForYear(2026).Should().NotContain(n => n.Date.Month == 11);
    }

    [Theory]
    [InlineData(2029, "2029-11-26")] // 24/11 is a Saturday
    [InlineData(2030, "2030-11-25")] // 24/11 is a Sunday
    public void InForce_24NovemberOnAWeekend_IsMadeUpByTheNextWeekday(int year, string madeUpOn)
    {
        var calendar = new VietnamWorkingCalendar(rules: From2027);
        var cultureDay = new DateOnly(year, 11, 24);
        var madeUp = DateOnly.Parse(madeUpOn, System.Globalization.CultureInfo.InvariantCulture);

        VietnameseHolidayRules.IsWeekend(cultureDay).Should().BeTrue();
        calendar.Describe(madeUp).Should().Be(new DayNote(madeUp, DayKind.Compensatory, "Nghỉ bù Ngày Văn hóa Việt Nam"));
        calendar.NextWorkingDay(cultureDay).Should().Be(madeUp.AddDays(1));
        From2027.ForYear(year).Count(n => n.Kind == DayKind.Compensatory).Should().Be(
            VietnameseHolidayRules.BuiltIn.ForYear(year).Count(n => n.Kind == DayKind.Compensatory) + 1);
    }
}
