namespace OneStopBot.Domain.Calendar;

/// <summary>A day of the Vietnamese lunar calendar (âm lịch).</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth);

/// <summary>
/// The Vietnamese lunar calendar, computed for Viet Nam's time zone (UTC+7) from the astronomical rules:
/// a month starts on the civil day of a new moon; month 11 is the one containing the winter solstice; when
/// 13 months lie between two 11th months, the first of them without a major solar term (trung khí) is the
/// leap month and repeats the number of the month before it.
/// </summary>
/// <remarks>
/// Not <see cref="System.Globalization.ChineseLunisolarCalendar"/>: that one follows China (UTC+8) and gives
/// other dates for some Vietnamese months and holidays (Tết 1985 and 2007, for example).
/// </remarks>
public static class VietnameseLunarCalendar
{
    /// <summary>First lunar year whose Tết is in the supported range.</summary>
    public const int MinYear = 1900;

    public const int MaxYear = 2199;

    /// <summary>Major solar terms sit every 30° of the sun's longitude; the winter solstice is the one at 270°.</summary>
    private const double DegreesPerMajorTerm = 30.0;

    private const double WinterSolsticeLongitude = 270.0;

    // Lunar year 1899 is kept because 1900-01-01 falls in its twelfth month.
    private const int FirstTableYear = MinYear - 1;

    private static readonly LunarYear?[] Years = new LunarYear?[MaxYear - FirstTableYear + 1];

    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];

    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    public static DateOnly MinSolarDate { get; } = new(MinYear, 1, 1);

    public static DateOnly MaxSolarDate { get; } = new(MaxYear, 12, 31);

    public static LunarDate FromSolar(DateOnly date)
    {
        if (date < MinSolarDate || date > MaxSolarDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The lunar calendar covers {MinSolarDate:yyyy-MM-dd} to {MaxSolarDate:yyyy-MM-dd}.");
        }

        int dayNumber = date.DayNumber;
        int lunarYear = date.Year;
        LunarYear year = GetYear(lunarYear);
        if (dayNumber < year.MonthStarts[0])
        {
            year = GetYear(--lunarYear);
        }

        int[] starts = year.MonthStarts;
        int index = 0;
        while (starts[index + 1] <= dayNumber)
        {
            index++;
        }

        return new LunarDate(lunarYear, year.MonthNumbers[index], dayNumber - starts[index] + 1, index == year.LeapIndex);
    }

    /// <exception cref="ArgumentOutOfRangeException">The year is out of range, or the month, day or leap month does not exist.</exception>
    public static DateOnly ToSolar(int year, int month, int day, bool isLeapMonth)
    {
        if (year < FirstTableYear || year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Lunar years {FirstTableYear}–{MaxYear} are supported.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A lunar month is numbered 1 to 12.");
        }

        LunarYear table = GetYear(year);
        int index = -1;
        for (int i = 0; i < table.MonthNumbers.Length; i++)
        {
            if (table.MonthNumbers[i] == month && (i == table.LeapIndex) == isLeapMonth)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(isLeapMonth), isLeapMonth, $"Lunar year {year} has no leap month {month}.");
        }

        int length = table.MonthStarts[index + 1] - table.MonthStarts[index];
        if (day < 1 || day > length)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Month {month}{(isLeapMonth ? " (leap)" : "")} of lunar year {year} has {length} days.");
        }

        var result = DateOnly.FromDayNumber(table.MonthStarts[index] + day - 1);
        if (result < MinSolarDate)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The lunar calendar covers {MinSolarDate:yyyy-MM-dd} to {MaxSolarDate:yyyy-MM-dd}.");
        }

        return result;
    }

    /// <summary>The leap month of the lunar year, or null when it has twelve months.</summary>
    public static int? LeapMonth(int lunarYear)
    {
        LunarYear table = GetYear(CheckYear(lunarYear));
        return table.LeapIndex < 0 ? null : table.MonthNumbers[table.LeapIndex];
    }

    /// <summary>The first day of the lunar year (mùng 1 Tết) as a solar date.</summary>
    public static DateOnly NewYear(int lunarYear) => DateOnly.FromDayNumber(GetYear(CheckYear(lunarYear)).MonthStarts[0]);

    /// <summary>The sexagenary name of the lunar year in Vietnamese, e.g. 2026 → "Bính Ngọ".</summary>
    public static string CanChi(int lunarYear)
    {
        // Year 4 of the common era was Giáp Tý; the cycle is the same before the calendar range, so no range check.
        int stem = (((lunarYear - 4) % 10) + 10) % 10;
        int branch = (((lunarYear - 4) % 12) + 12) % 12;
        return $"{Stems[stem]} {Branches[branch]}";
    }

    private static int CheckYear(int lunarYear)
    {
        if (lunarYear < MinYear || lunarYear > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"Lunar years {MinYear}–{MaxYear} are supported.");
        }

        return lunarYear;
    }

    private static LunarYear GetYear(int lunarYear)
    {
        ref LunarYear? slot = ref Years[lunarYear - FirstTableYear];
        LunarYear? table = Volatile.Read(ref slot);
        if (table is null)
        {
            // Building twice in a race is harmless: both threads compute the same table.
            table = BuildYear(lunarYear);
            Volatile.Write(ref slot, table);
        }

        return table;
    }

    /// <summary>
    /// Lunar year Y runs from month 1 of the solstice cycle that ends with month 11 of solar year Y, to the end of
    /// month 12 of the next cycle; months 11 and 12 therefore come from the cycle that starts in solar year Y.
    /// </summary>
    private static LunarYear BuildYear(int lunarYear)
    {
        List<(int Start, int Number, bool Leap)> months = [];
        foreach (var month in SolsticeCycle(lunarYear))
        {
            if (months.Count > 0 || month.Number == 1)
            {
                months.Add(month);
            }
        }

        int nextYearStart = 0;
        foreach (var month in SolsticeCycle(lunarYear + 1))
        {
            if (month.Number == 1)
            {
                nextYearStart = month.Start;
                break;
            }

            months.Add(month);
        }

        var starts = new int[months.Count + 1];
        var numbers = new int[months.Count];
        int leapIndex = -1;
        for (int i = 0; i < months.Count; i++)
        {
            starts[i] = months[i].Start;
            numbers[i] = months[i].Number;
            if (months[i].Leap)
            {
                leapIndex = i;
            }
        }

        starts[^1] = nextYearStart;
        return new LunarYear(starts, numbers, leapIndex);
    }

    /// <summary>The months from month 11 of solar year <paramref name="solarYear"/> − 1 up to (not including) month 11 of <paramref name="solarYear"/>.</summary>
    private static List<(int Start, int Number, bool Leap)> SolsticeCycle(int solarYear)
    {
        int first = Month11NewMoon(solarYear - 1);
        int next = Month11NewMoon(solarYear);
        int count = next - first;
        var starts = new DateOnly[count + 1];
        for (int i = 0; i <= count; i++)
        {
            starts[i] = LunarAstronomy.NewMoonDay(first + i);
        }

        int leap = -1;
        if (count == 13)
        {
            // Month 11 holds the solstice, itself a major term, so the search starts with the month after it.
            for (int i = 1; i < count; i++)
            {
                if (MajorTerm(starts[i]) == MajorTerm(starts[i + 1]))
                {
                    leap = i;
                    break;
                }
            }
        }

        var months = new List<(int Start, int Number, bool Leap)>(count);
        for (int i = 0; i < count; i++)
        {
            int sequence = leap >= 0 && i >= leap ? i - 1 : i;
            int number = ((10 + sequence) % 12) + 1;
            months.Add((starts[i].DayNumber, number, i == leap));
        }

        return months;
    }

    /// <summary>The number of the new moon that starts month 11: the month whose days include the winter solstice.</summary>
    private static int Month11NewMoon(int solarYear)
    {
        int k = LunarAstronomy.NewMoonNumberOnOrBefore(new DateOnly(solarYear, 12, 31));
        while (LunarAstronomy.SunLongitudeAtStartOf(LunarAstronomy.NewMoonDay(k)) >= WinterSolsticeLongitude)
        {
            k--;
        }

        return k;
    }

    /// <summary>Index of the last major term passed by the start of the day; equal at the starts of two consecutive months ⇔ the first month has none.</summary>
    private static int MajorTerm(DateOnly day) => (int)(LunarAstronomy.SunLongitudeAtStartOf(day) / DegreesPerMajorTerm);

    /// <param name="MonthStarts">Day numbers of each month's first day, then of the next lunar year's first day.</param>
    /// <param name="LeapIndex">Index of the leap month in the arrays, or −1.</param>
    private sealed record LunarYear(int[] MonthStarts, int[] MonthNumbers, int LeapIndex);
}
