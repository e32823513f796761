namespace OneStopBot.Domain.Calendar;

/// <summary>
/// The paid holidays of the Labour Code 2019 (Art. 112) for any year, with the defaults the law leaves to the
/// Prime Minister's yearly choice. Used for years that have no official schedule.
/// </summary>
/// <remarks>
/// Defaults: Tết is the last day of the lunar year and the first four of the new one; the day next to 2/9 is 1/9,
/// or 3/9 when 1/9 is a Saturday or Sunday. A holiday on a weekend gives a compensatory day: the next weekday that
/// is not itself a holiday or an earlier compensatory day. Swaps are never guessed.
/// </remarks>
public static class VietnameseHolidayRules
{
    /// <summary>The year's holidays and compensatory days, ordered by date.</summary>
    public static IReadOnlyList<DayNote> ForYear(int year)
    {
        if (year < VietnameseLunarCalendar.MinYear || year > VietnameseLunarCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Holidays can be derived for {VietnameseLunarCalendar.MinYear}–{VietnameseLunarCalendar.MaxYear}.");
        }

        var holidays = new SortedDictionary<DateOnly, DayNote>();
        var lost = new List<DayNote>();
        void Add(DateOnly date, string name)
        {
            var note = new DayNote(date, DayKind.Holiday, name);
            if (!holidays.TryAdd(date, note))
            {
                // Two holidays on one day (Giỗ Tổ can reach late April): the second one is owed a day like a weekend holiday.
                lost.Add(note);
            }
        }

        Add(new DateOnly(year, 1, 1), "Tết Dương lịch");

        DateOnly tet = VietnameseLunarCalendar.NewYear(year);
        DateOnly lastDayOfYear = tet.AddDays(-1);
        Add(lastDayOfYear, $"Tết Nguyên đán ({VietnameseLunarCalendar.FromSolar(lastDayOfYear).Day} Chạp)");
        for (int i = 0; i < 4; i++)
        {
            Add(tet.AddDays(i), $"Tết Nguyên đán (mùng {i + 1})");
        }

        Add(VietnameseLunarCalendar.ToSolar(year, 3, 10, isLeapMonth: false), "Giỗ Tổ Hùng Vương");
        Add(new DateOnly(year, 4, 30), "Ngày Chiến thắng");
        Add(new DateOnly(year, 5, 1), "Quốc tế Lao động");

        var nationalDay = new DateOnly(year, 9, 2);
        var dayBefore = new DateOnly(year, 9, 1);
        Add(IsWeekend(dayBefore) ? nationalDay.AddDays(1) : dayBefore, "Quốc khánh (ngày liền kề)");
        Add(nationalDay, "Quốc khánh");

        var owed = holidays.Values.Where(h => IsWeekend(h.Date)).Concat(lost).OrderBy(h => h.Date).ToList();
        foreach (DayNote holiday in owed)
        {
            DateOnly day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || holidays.ContainsKey(day))
            {
                day = day.AddDays(1);
            }

            holidays.Add(day, new DayNote(day, DayKind.Compensatory, $"Nghỉ bù {BaseName(holiday.Name)}"));
        }

        return [.. holidays.Values];
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>"Tết Nguyên đán (mùng 2)" → "Tết Nguyên đán": the compensatory day is named after the holiday, not the day.</summary>
    private static string BaseName(string name)
    {
        int parenthesis = name.IndexOf(" (", StringComparison.Ordinal);
        return parenthesis < 0 ? name : name[..parenthesis];
    }
}
