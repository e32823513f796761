using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Procedures;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Domain.Dossiers;

public sealed class DueDateTests
{
    [Fact]
    public void OneWorkingDayFromFriday_SkipsTheWeekend()
    {
        var due = DueDates.Compute(ProcessingTime.WorkingDays(1), new DateTime(2026, 11, 27, 10, 0, 0), A.Calendar);

        due.Should().Be(new DateOnly(2026, 11, 30));
        due.DayOfWeek.Should().Be(DayOfWeek.Monday);
    }

    [Fact]
    public void ThreeWorkingDaysFromFriday24January2025_CrossTet_AndLandOnWednesday5February()
    {
        var due = DueDates.Compute(ProcessingTime.WorkingDays(3), new DateTime(2025, 1, 24, 9, 0, 0), A.Calendar);

        due.Should().Be(new DateOnly(2025, 2, 5));
    }

    [Fact]
    public void ThreeWorkingDaysFromFriday26April2024_CountTheSwappedSaturday4May()
    {
        var due = DueDates.Compute(ProcessingTime.WorkingDays(3), new DateTime(2024, 4, 26, 9, 0, 0), A.Calendar);

        due.Should().Be(new DateOnly(2024, 5, 4));
        due.DayOfWeek.Should().Be(DayOfWeek.Saturday);
    }

    [Theory]
    [InlineData(14, 59, 0, 27)]
    [InlineData(15, 0, 0, 27)]
    [InlineData(15, 0, 1, 30)]
    [InlineData(16, 30, 0, 30)]
    public void ASameDayProcedure_IsDueTheNextWorkingDay_OnlyWhenReceivedAfter15h(int hour, int minute, int second, int expectedDay)
    {
        // "Received after 15:00": 15:00 itself is still the same day.
        var due = DueDates.Compute(ProcessingTime.SameDay, new DateTime(2026, 11, 27, hour, minute, second), A.Calendar);

        due.Should().Be(new DateOnly(2026, 11, expectedDay));
    }

    [Fact]
    public void ASameDayProcedure_ReceivedAtASaturdaySession_IsDueOnMonday()
    {
        var due = DueDates.Compute(ProcessingTime.SameDay, new DateTime(2026, 11, 28, 8, 30, 0), A.Calendar);

        due.Should().Be(new DateOnly(2026, 11, 30));
    }

    [Fact]
    public void CalendarDays_EndingOnADayOff_MoveToTheNextWorkingDay()
    {
        // 15 days after Friday 13/11/2026 is Saturday 28/11/2026.
        var due = DueDates.Compute(new ProcessingTime(ProcessingUnit.CalendarDays, 15), new DateTime(2026, 11, 13, 9, 0, 0), A.Calendar);

        due.Should().Be(new DateOnly(2026, 11, 30));
    }

    [Fact]
    public void ASameDayProcedure_ReceivedTheDayBeforeTet2026_IsDueAfterTheHoliday()
    {
        // Friday 13/02/2026 after 15:00; the Tết days off run 16–20/02/2026.
        var due = DueDates.Compute(ProcessingTime.SameDay, new DateTime(2026, 2, 13, 15, 30, 0), A.Calendar);

        due.Should().Be(new DateOnly(2026, 2, 23));
    }
}
