using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Procedures;

namespace OneStopBot.Domain.Dossiers;

public static class DueDates
{
    /// <summary>Same-day procedures received after this local time (not at it) are due the next working day.</summary>
    public static readonly TimeOnly SameDayCutoff = new(15, 0);

    /// <summary>The appointment date for a dossier received at <paramref name="receivedLocal"/> (office time).</summary>
    public static DateOnly Compute(ProcessingTime processing, DateTime receivedLocal, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var day = DateOnly.FromDateTime(receivedLocal);
        switch (processing.Unit)
        {
            case ProcessingUnit.SameDay:
                var lateInDay = TimeOnly.FromDateTime(receivedLocal) > SameDayCutoff;
                return calendar.IsWorkingDay(day) && !lateInDay ? day : calendar.NextWorkingDay(day);
            case ProcessingUnit.WorkingDays:
                return calendar.AddWorkingDays(day, processing.Amount);
            case ProcessingUnit.CalendarDays:
                var due = day.AddDays(processing.Amount);
                return calendar.IsWorkingDay(due) ? due : calendar.NextWorkingDay(due);
            default:
                throw new ArgumentOutOfRangeException(nameof(processing));
        }
    }
}
