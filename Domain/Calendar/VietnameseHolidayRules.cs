using System.Globalization;
using System.Text;

namespace OneStopBot.Domain.Calendar;

/// <summary>
/// The paid holidays of the Labour Code 2019 (Art. 112) as a table of rules, read from CSV
/// (<c>id,calendar,date,offset,days,first_year,last_year,weekend,name</c>; the columns are described at the top of
/// <c>Data/holiday-rules.csv</c>). Gives the days off of a year that has no official schedule.
/// </summary>
/// <remarks>
/// The table holds the defaults where the law leaves the choice to the Prime Minister each year: Tết is the last day
/// of the lunar year and the first four of the new one; the day next to 2/9 is 1/9, or 3/9 when 1/9 is a Saturday or
/// Sunday or 2/9 a Thursday. Swaps are never guessed.
/// </remarks>
public sealed class VietnameseHolidayRules
{
    /// <summary>
    /// Ngày Văn hóa Việt Nam, 24/11: chosen by the Politburo as a paid day off, in force once the Labour Code says so;
    /// until its first year is set the built-in row is <c>pending</c>.
    /// </summary>
    public const string CultureDayId = "culture-day";

    private const string BuiltInResource = "OneStopBot.Domain.Data.holiday-rules.csv";

    private const string Columns = "id,calendar,date,offset,days,first_year,last_year,weekend,name";

    /// <summary>Bounds that keep every day of a rule within a year of its date, so a year is derived from its neighbours alone.</summary>
    private const int MaxOffset = 30;

    private const int MaxDays = 30;

    private static readonly Lazy<VietnameseHolidayRules> BuiltInRules = new(LoadBuiltIn);

    private readonly HolidayRule[] _rules;

    private VietnameseHolidayRules(HolidayRule[] rules) => _rules = rules;

    /// <summary>The rules shipped with the product.</summary>
    public static VietnameseHolidayRules BuiltIn => BuiltInRules.Value;

    /// <summary>The rules in table order; when two give the same day, the earlier one keeps it.</summary>
    public IReadOnlyList<HolidayRule> Rules => _rules;

    /// <summary>These rules with each rule of <paramref name="more"/> replacing the one with its id, or added after the others.</summary>
    public VietnameseHolidayRules ExtendedBy(VietnameseHolidayRules more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var rules = new List<HolidayRule>(_rules);
        foreach (HolidayRule rule in more._rules)
        {
            int index = rules.FindIndex(r => r.Id == rule.Id);
            if (index < 0)
            {
                rules.Add(rule);
            }
            else
            {
                rules[index] = rule;
            }
        }

        return new VietnameseHolidayRules([.. rules]);
    }

    /// <summary>These rules with the rule <paramref name="id"/> in force from <paramref name="year"/> on.</summary>
    /// <exception cref="ArgumentException">No rule has that id.</exception>
    public VietnameseHolidayRules WithFirstYear(string id, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, VietnameseLunarCalendar.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, VietnameseLunarCalendar.MaxYear);
        int index = Array.FindIndex(_rules, r => r.Id == id);
        if (index < 0)
        {
            throw new ArgumentException($"No holiday rule has the id '{id}'.", nameof(id));
        }

        HolidayRule[] rules = [.. _rules];
        rules[index] = rules[index] with { FirstYear = year, AwaitsFirstYear = false };
        return new VietnameseHolidayRules(rules);
    }

    /// <summary>The year's holidays and compensatory days, ordered by date.</summary>
    public IReadOnlyList<DayNote> ForYear(int year)
    {
        if (year < VietnameseLunarCalendar.MinYear || year > VietnameseLunarCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Holidays can be derived for {VietnameseLunarCalendar.MinYear}–{VietnameseLunarCalendar.MaxYear}.");
        }

        // The year before is derived too: a day it owes may fall in this year.
        var first = new DateOnly(Math.Max(year - 1, VietnameseLunarCalendar.MinYear), 1, 1);
        var last = new DateOnly(year, 12, 31);
        var holidays = new SortedDictionary<DateOnly, (DayNote Note, HolidayRule Rule)>();
        var lost = new List<(DayNote Note, HolidayRule Rule)>();
        foreach (HolidayRule rule in _rules)
        {
            foreach (DateOnly date in DatesOf(rule, year - 1, year + 1))
            {
                if (!rule.AppliesIn(date.Year))
                {
                    continue;
                }

                foreach (DateOnly day in DaysOff(rule, date))
                {
                    if (day < first || day > last)
                    {
                        continue;
                    }

                    var note = new DayNote(day, DayKind.Holiday, rule.Days == 1 ? rule.Name : $"{rule.Name} ({DayLabel(rule, day)})");
                    if (!holidays.TryAdd(day, (note, rule)))
                    {
                        // Two holidays on one day (Giỗ Tổ can reach late April): the second one is owed a day like a weekend holiday.
                        lost.Add((note, rule));
                    }
                }
            }
        }

        var owed = holidays.Values.Where(h => IsWeekend(h.Note.Date)).Concat(lost)
            .Where(h => h.Rule.Weekend == WeekendCompensation.NextWeekday)
            .OrderBy(h => h.Note.Date)
            .ToList();
        foreach (var (holiday, rule) in owed)
        {
            DateOnly day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || holidays.ContainsKey(day))
            {
                day = day.AddDays(1);
            }

            holidays.Add(day, (new DayNote(day, DayKind.Compensatory, $"Nghỉ bù {BaseName(holiday.Name)}"), rule));
        }

        return [.. holidays.Values.Select(h => h.Note).Where(n => n.Date.Year == year)];
    }

    /// <summary>Reads rules from UTF-8 CSV.</summary>
    /// <param name="sourceName">Named in error messages, usually the file path.</param>
    /// <exception cref="CalendarFileException">A line is malformed.</exception>
    public static VietnameseHolidayRules Parse(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Parse(reader, sourceName);
    }

    /// <param name="sourceName">Named in error messages, usually the file path.</param>
    /// <exception cref="CalendarFileException">A line is malformed.</exception>
    public static VietnameseHolidayRules Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);

        var rules = new List<HolidayRule>();
        var lineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (lineNumber, trimmed) in CalendarFileLines.Read(reader, "id,"))
        {
            HolidayRule rule = ParseLine(trimmed, sourceName, lineNumber);
            if (!lineOfId.TryAdd(rule.Id, lineNumber))
            {
                throw new CalendarFileException(sourceName, lineNumber, $"duplicate id '{rule.Id}' (already on line {lineOfId[rule.Id]})");
            }

            rules.Add(rule);
        }

        return new VietnameseHolidayRules([.. rules]);
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The rule's dates (before its offset) that fall in the solar years <paramref name="fromYear"/> to <paramref name="toYear"/>, within the calendar's range.</summary>
    private static IEnumerable<DateOnly> DatesOf(HolidayRule rule, int fromYear, int toYear)
    {
        int from = Math.Max(fromYear, VietnameseLunarCalendar.MinYear);
        int to = Math.Min(toYear, VietnameseLunarCalendar.MaxYear);
        if (rule.Calendar == HolidayDateKind.Solar)
        {
            for (int year = from; year <= to; year++)
            {
                yield return new DateOnly(year, rule.Month, rule.Day);
            }

            yield break;
        }

        // A lunar year's late months reach into the next solar year; lunar 1899 is left out, as no rule's date needs it.
        for (int lunarYear = Math.Max(from - 1, VietnameseLunarCalendar.MinYear); lunarYear <= to; lunarYear++)
        {
            DateOnly date = VietnameseLunarCalendar.ToSolar(lunarYear, rule.Month, rule.Day, isLeapMonth: false);
            if (date.Year >= from && date.Year <= to)
            {
                yield return date;
            }
        }
    }

    private static IEnumerable<DateOnly> DaysOff(HolidayRule rule, DateOnly date)
    {
        if (rule.Placement == HolidayPlacement.Adjacent)
        {
            // On a Thursday the day after makes four days off in a row with the weekend (2/9/2021 was given so).
            DateOnly before = date.AddDays(-1);
            yield return IsWeekend(before) || date.DayOfWeek == DayOfWeek.Thursday ? date.AddDays(1) : before;
            yield break;
        }

        for (int i = 0; i < rule.Days; i++)
        {
            yield return date.AddDays(rule.Offset + i);
        }
    }

    /// <summary>How one day of a rule of several days is told apart: "30 Chạp", "mùng 1" (lunar) or "03/09" (solar).</summary>
    private static string DayLabel(HolidayRule rule, DateOnly day)
    {
        if (rule.Calendar == HolidayDateKind.Solar)
        {
            return day.ToString("dd/MM", CultureInfo.InvariantCulture);
        }

        LunarDate lunar = VietnameseLunarCalendar.FromSolar(day);
        string dayOfMonth = lunar.Day <= 10 ? $"mùng {lunar.Day}" : lunar.Day.ToString(CultureInfo.InvariantCulture);
        if (lunar.Month == rule.Month && !lunar.IsLeapMonth)
        {
            return dayOfMonth;
        }

        string month = lunar.Month switch
        {
            1 => "tháng Giêng",
            12 => "Chạp",
            _ => $"tháng {lunar.Month}",
        };
        return lunar.IsLeapMonth ? $"{dayOfMonth} {month} nhuận" : $"{dayOfMonth} {month}";
    }

    /// <summary>"Tết Nguyên đán (mùng 2)" → "Tết Nguyên đán": the compensatory day is named after the holiday, not the day.</summary>
    private static string BaseName(string name)
    {
        int parenthesis = name.IndexOf(" (", StringComparison.Ordinal);
        return parenthesis < 0 ? name : name[..parenthesis];
    }

    private static HolidayRule ParseLine(string line, string source, int lineNumber)
    {
        // The name is the rest of the line, so a name may contain commas.
        string[] columns = line.Split(',', 9);
        if (columns.Length < 9 || columns[8].Trim().Length == 0)
        {
            string missing = Columns.Split(',')[Math.Min(columns.Length, 8)];
            throw new CalendarFileException(source, lineNumber, $"missing column '{missing}' (expected {Columns})");
        }

        string id = columns[0].Trim();
        if (id.Length == 0 || !id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new CalendarFileException(source, lineNumber, $"bad id '{id}' (expected lower-case letters, digits and hyphens)");
        }

        string calendarText = columns[1].Trim();
        HolidayDateKind calendar = calendarText switch
        {
            "solar" => HolidayDateKind.Solar,
            "lunar" => HolidayDateKind.Lunar,
            _ => throw new CalendarFileException(source, lineNumber, $"unknown calendar '{calendarText}' (expected solar or lunar)"),
        };

        string dateText = columns[2].Trim();
        if (!DateOnly.TryParseExact($"{dateText}/2000", "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            throw new CalendarFileException(source, lineNumber, $"bad date '{dateText}' (expected dd/MM, e.g. 02/09)");
        }

        if (calendar == HolidayDateKind.Solar && date is { Month: 2, Day: 29 })
        {
            throw new CalendarFileException(source, lineNumber, "date 29/02 is not in every year");
        }

        if (calendar == HolidayDateKind.Lunar && date.Day > 29)
        {
            throw new CalendarFileException(source, lineNumber, $"lunar date {dateText}: not every lunar month has a 30th day (write the 1st of the next month with offset -1)");
        }

        string offsetText = columns[3].Trim();
        HolidayPlacement placement = HolidayPlacement.FromDate;
        int offset = 0;
        if (offsetText == "adjacent")
        {
            placement = HolidayPlacement.Adjacent;
        }
        else if (!int.TryParse(offsetText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out offset) || Math.Abs(offset) > MaxOffset)
        {
            throw new CalendarFileException(source, lineNumber, $"bad offset '{offsetText}' (expected a whole number of days from -{MaxOffset} to {MaxOffset}, or adjacent)");
        }

        string daysText = columns[4].Trim();
        if (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out int days) || days < 1 || days > MaxDays)
        {
            throw new CalendarFileException(source, lineNumber, $"bad days '{daysText}' (expected 1 to {MaxDays})");
        }

        if (placement == HolidayPlacement.Adjacent && days != 1)
        {
            throw new CalendarFileException(source, lineNumber, $"offset adjacent gives one day, not {days}");
        }

        string firstYearText = columns[5].Trim();
        bool pending = firstYearText == "pending";
        int? firstYear = pending ? null : ParseYear(firstYearText, "first_year", source, lineNumber);
        int? lastYear = ParseYear(columns[6].Trim(), "last_year", source, lineNumber);
        if (firstYear > lastYear)
        {
            throw new CalendarFileException(source, lineNumber, $"first_year {firstYear} is after last_year {lastYear}");
        }

        string weekendText = columns[7].Trim();
        WeekendCompensation weekend = weekendText switch
        {
            "next_weekday" => WeekendCompensation.NextWeekday,
            "none" => WeekendCompensation.None,
            _ => throw new CalendarFileException(source, lineNumber, $"unknown weekend '{weekendText}' (expected next_weekday or none)"),
        };

        return new HolidayRule(id, calendar, date.Month, date.Day, placement, offset, days, firstYear, lastYear, weekend, columns[8].Trim())
        {
            AwaitsFirstYear = pending,
        };
    }

    private static int? ParseYear(string text, string column, string source, int lineNumber)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || year < VietnameseLunarCalendar.MinYear || year > VietnameseLunarCalendar.MaxYear)
        {
            string others = column == "first_year" ? ", pending or empty" : " or empty";
            throw new CalendarFileException(source, lineNumber, $"bad {column} '{text}' (expected a year from {VietnameseLunarCalendar.MinYear} to {VietnameseLunarCalendar.MaxYear}{others})");
        }

        return year;
    }

    private static VietnameseHolidayRules LoadBuiltIn()
    {
        using Stream stream = typeof(VietnameseHolidayRules).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"Embedded resource {BuiltInResource} is missing from the build.");
        return Parse(stream, BuiltInResource);
    }
}
