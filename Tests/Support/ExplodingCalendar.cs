using OneStopBot.Domain.Calendar;

namespace OneStopBot.Tests.Support;

/// <summary>A calendar that fails on demand, to prove one failing message does not stop the bot.</summary>
internal sealed class ExplodingCalendar(IWorkingCalendar inner) : IWorkingCalendar
{
    public volatile bool Explode;

    public bool IsWorkingDay(DateOnly date) => Check().IsWorkingDay(date);

    public DateOnly NextWorkingDay(DateOnly date) => Check().NextWorkingDay(date);

    public DateOnly AddWorkingDays(DateOnly start, int days) => Check().AddWorkingDays(start, days);

    public int WorkingDaysBetween(DateOnly from, DateOnly to) => Check().WorkingDaysBetween(from, to);

    public DayNote? Describe(DateOnly date) => Check().Describe(date);

    public IReadOnlyList<DayNote> DaysOff(DateOnly from, DateOnly to) => Check().DaysOff(from, to);

    private IWorkingCalendar Check() => Explode ? throw new InvalidOperationException("calendar store unavailable") : inner;
}
