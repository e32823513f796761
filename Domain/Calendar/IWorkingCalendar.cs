namespace OneStopBot.Domain.Calendar;

/// <summary>
/// Which days a Vietnamese state office works. Every deadline in the product goes through this.
/// </summary>
public interface IWorkingCalendar
{
    bool IsWorkingDay(DateOnly date);

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    DateOnly NextWorkingDay(DateOnly date);

    /// <summary>
    /// The working day reached after counting <paramref name="days"/> working days after <paramref name="start"/>
    /// (the start itself is not counted). Zero gives <paramref name="start"/> when it is a working day, else the next one.
    /// </summary>
    DateOnly AddWorkingDays(DateOnly start, int days);

    /// <summary>Working days in the half-open range (<paramref name="from"/>, <paramref name="to"/>]; negative when to &lt; from.</summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);

    /// <summary>Why a day is not an ordinary working day (holiday name, compensatory day, swapped day), or null.</summary>
    DayNote? Describe(DateOnly date);

    /// <summary>Holidays, compensatory and swapped-off days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    IReadOnlyList<DayNote> DaysOff(DateOnly from, DateOnly to);
}

public enum DayKind
{
    Holiday,
    Compensatory,
    SwapOff,
    SwapOn,
}

public sealed record DayNote(DateOnly Date, DayKind Kind, string Name);
