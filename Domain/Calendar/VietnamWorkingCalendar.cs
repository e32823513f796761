namespace OneStopBot.Domain.Calendar;

/// <summary>
/// Working days of a Vietnamese state office: Monday to Friday, minus holidays, compensatory and swapped-off days,
/// plus swapped-in Saturdays. A year with an official schedule uses it; any other year uses
/// <see cref="VietnameseHolidayRules"/>. Each year is turned once, on first use, into tables that answer every
/// question with a couple of array reads; instances are safe to share between threads.
/// </summary>
public sealed class VietnamWorkingCalendar : IWorkingCalendar
{
    private const int FirstYear = VietnameseLunarCalendar.MinYear;
    private const int LastYear = VietnameseLunarCalendar.MaxYear;

    private readonly OfficialSchedule _schedule;
    private readonly VietnameseHolidayRules _rules;
    private readonly WorkingYear?[] _years = new WorkingYear?[LastYear - FirstYear + 1];

    /// <param name="overrides">Official schedules read from an override file; each year in it replaces the built-in one.</param>
    /// <param name="rules">The holiday rules for years without an official schedule; the built-in ones when null.</param>
    public VietnamWorkingCalendar(OfficialSchedule? overrides = null, VietnameseHolidayRules? rules = null)
    {
        _schedule = overrides is null ? OfficialSchedule.BuiltIn : OfficialSchedule.BuiltIn.OverriddenBy(overrides);
        _rules = rules ?? VietnameseHolidayRules.BuiltIn;
    }

    public bool IsWorkingDay(DateOnly date)
    {
        WorkingYear year = GetYear(date.Year);
        int index = date.DayNumber - year.FirstDayNumber;
        return year.WorkingBefore[index + 1] != year.WorkingBefore[index];
    }

    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <remarks>A negative <paramref name="days"/> counts backwards: the working day that many working days before the start.</remarks>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        WorkingYear year = GetYear(start.Year);
        int index = start.DayNumber - year.FirstDayNumber;
        if (days == 0)
        {
            if (year.WorkingBefore[index + 1] != year.WorkingBefore[index])
            {
                return start;
            }

            days = 1;
        }

        if (days > 0)
        {
            // Position, among the year's working days, of the one we land on.
            long target = (long)year.WorkingBefore[index + 1] + days - 1;
            while (target >= year.WorkingDayCount)
            {
                target -= year.WorkingDayCount;
                year = GetYear(year.Year + 1);
            }

            return DateOnly.FromDayNumber(year.FirstDayNumber + year.WorkingDays[(int)target]);
        }
        else
        {
            long target = (long)year.WorkingBefore[index] + days;
            while (target < 0)
            {
                year = GetYear(year.Year - 1);
                target += year.WorkingDayCount;
            }

            return DateOnly.FromDayNumber(year.FirstDayNumber + year.WorkingDays[(int)target]);
        }
    }

    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        WorkingYear first = GetYear(from.Year);
        WorkingYear last = GetYear(to.Year);
        int count = last.WorkingBefore[to.DayNumber - last.FirstDayNumber + 1]
            - first.WorkingBefore[from.DayNumber - first.FirstDayNumber + 1];
        for (int year = from.Year; year < to.Year; year++)
        {
            count += GetYear(year).WorkingDayCount;
        }

        return count;
    }

    public DayNote? Describe(DateOnly date)
    {
        WorkingYear year = GetYear(date.Year);
        return year.NotesByDay[date.DayNumber - year.FirstDayNumber];
    }

    /// <summary>Holidays, compensatory and swapped-off days from <paramref name="from"/> to <paramref name="to"/>, both included, by date.</summary>
    public IReadOnlyList<DayNote> DaysOff(DateOnly from, DateOnly to)
    {
        var result = new List<DayNote>();
        for (int y = from.Year; y <= to.Year; y++)
        {
            foreach (DayNote note in GetYear(y).Notes)
            {
                if (note.Kind != DayKind.SwapOn && note.Date >= from && note.Date <= to)
                {
                    result.Add(note);
                }
            }
        }

        return result;
    }

    private WorkingYear GetYear(int year)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The working calendar covers {FirstYear}–{LastYear}.");
        }

        ref WorkingYear? slot = ref _years[year - FirstYear];
        WorkingYear? table = Volatile.Read(ref slot);
        if (table is null)
        {
            // Two threads may build the same year at once; the tables are equal, so the last write wins harmlessly.
            table = WorkingYear.Build(year, _schedule.ForYear(year) ?? _rules.ForYear(year));
            Volatile.Write(ref slot, table);
        }

        return table;
    }

    /// <param name="WorkingBefore">For day index i (0 = 1 January), the working days among indexes 0..i−1; one entry longer than the year.</param>
    /// <param name="WorkingDays">Day indexes of the year's working days, in order.</param>
    private sealed record WorkingYear(int Year, int FirstDayNumber, short[] WorkingBefore, short[] WorkingDays, DayNote?[] NotesByDay, DayNote[] Notes)
    {
        public int WorkingDayCount => WorkingDays.Length;

        public static WorkingYear Build(int year, IReadOnlyList<DayNote> notes)
        {
            var first = new DateOnly(year, 1, 1);
            int length = DateTime.IsLeapYear(year) ? 366 : 365;
            var byDay = new DayNote?[length];
            foreach (DayNote note in notes)
            {
                byDay[note.Date.DayNumber - first.DayNumber] = note;
            }

            var before = new short[length + 1];
            var working = new List<short>(260);
            for (int i = 0; i < length; i++)
            {
                DateOnly day = first.AddDays(i);
                bool isWorking = byDay[i]?.Kind switch
                {
                    DayKind.SwapOn => true,
                    DayKind.Holiday or DayKind.Compensatory or DayKind.SwapOff => false,
                    _ => !VietnameseHolidayRules.IsWeekend(day),
                };
                if (isWorking)
                {
                    working.Add((short)i);
                }

                before[i + 1] = (short)working.Count;
            }

            return new WorkingYear(year, first.DayNumber, before, [.. working], byDay, [.. notes]);
        }
    }
}
