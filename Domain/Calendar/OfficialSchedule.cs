using System.Globalization;
using System.Text;

namespace OneStopBot.Domain.Calendar;

/// <summary>
/// The government's announced days off, year by year, as read from a CSV file
/// (<c>date,kind,name</c>; <c>#</c> starts a comment line; kinds <c>holiday</c>, <c>compensatory</c>,
/// <c>swap_off</c>, <c>swap_on</c>). A year present here replaces the rule-based holidays for that year.
/// </summary>
public sealed class OfficialSchedule
{
    private const string BuiltInResource = "OneStopBot.Domain.Data.holidays-vn.csv";

    private static readonly Lazy<OfficialSchedule> BuiltInSchedule = new(LoadBuiltIn);

    private readonly Dictionary<int, DayNote[]> _years;

    private OfficialSchedule(Dictionary<int, DayNote[]> years) => _years = years;

    /// <summary>The schedules shipped with the product (2024–2026).</summary>
    public static OfficialSchedule BuiltIn => BuiltInSchedule.Value;

    public static OfficialSchedule Empty { get; } = new([]);

    /// <summary>Years this schedule covers, ascending.</summary>
    public IReadOnlyList<int> Years => [.. _years.Keys.Order()];

    /// <summary>The year's entries ordered by date, or null when the schedule does not cover the year.</summary>
    public IReadOnlyList<DayNote>? ForYear(int year) => _years.GetValueOrDefault(year);

    /// <summary>This schedule with every year of <paramref name="overrides"/> replacing the same year here entirely.</summary>
    public OfficialSchedule OverriddenBy(OfficialSchedule overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var years = new Dictionary<int, DayNote[]>(_years);
        foreach (var (year, days) in overrides._years)
        {
            years[year] = days;
        }

        return new OfficialSchedule(years);
    }

    /// <summary>Reads a schedule from UTF-8 CSV.</summary>
    /// <param name="sourceName">Named in error messages, usually the file path.</param>
    /// <exception cref="CalendarFileException">A line is malformed.</exception>
    public static OfficialSchedule Parse(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Parse(reader, sourceName);
    }

    /// <param name="sourceName">Named in error messages, usually the file path.</param>
    /// <exception cref="CalendarFileException">A line is malformed.</exception>
    public static OfficialSchedule Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);

        var byDate = new Dictionary<DateOnly, (DayNote Note, int Line)>();
        foreach (var (lineNumber, trimmed) in CalendarFileLines.Read(reader, "date,"))
        {
            DayNote note = ParseLine(trimmed, sourceName, lineNumber);
            if (byDate.TryGetValue(note.Date, out var previous))
            {
                throw new CalendarFileException(sourceName, lineNumber, $"duplicate date {note.Date:yyyy-MM-dd} (already on line {previous.Line})");
            }

            byDate.Add(note.Date, (note, lineNumber));
        }

        var years = byDate.Values
            .Select(entry => entry.Note)
            .GroupBy(note => note.Date.Year)
            .ToDictionary(group => group.Key, group => group.OrderBy(note => note.Date).ToArray());
        return new OfficialSchedule(years);
    }

    private static DayNote ParseLine(string line, string source, int lineNumber)
    {
        // The name is the rest of the line, so a name may contain commas.
        string[] columns = line.Split(',', 3);
        if (columns.Length < 3 || columns[2].Trim().Length == 0)
        {
            string missing = columns.Length switch
            {
                1 => "kind",
                _ => "name",
            };
            throw new CalendarFileException(source, lineNumber, $"missing column '{missing}' (expected date,kind,name)");
        }

        string dateText = columns[0].Trim();
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            throw new CalendarFileException(source, lineNumber, $"bad date '{dateText}' (expected yyyy-MM-dd)");
        }

        if (date < VietnameseLunarCalendar.MinSolarDate || date > VietnameseLunarCalendar.MaxSolarDate)
        {
            throw new CalendarFileException(source, lineNumber, $"date {dateText} is outside {VietnameseLunarCalendar.MinYear}–{VietnameseLunarCalendar.MaxYear}");
        }

        string kindText = columns[1].Trim();
        DayKind kind = kindText switch
        {
            "holiday" => DayKind.Holiday,
            "compensatory" => DayKind.Compensatory,
            "swap_off" => DayKind.SwapOff,
            "swap_on" => DayKind.SwapOn,
            _ => throw new CalendarFileException(source, lineNumber, $"unknown kind '{kindText}' (expected holiday, compensatory, swap_off or swap_on)"),
        };

        bool weekend = VietnameseHolidayRules.IsWeekend(date);
        if (kind == DayKind.SwapOn && date.DayOfWeek != DayOfWeek.Saturday)
        {
            throw new CalendarFileException(source, lineNumber, $"swap_on {dateText} is a {date.DayOfWeek}, not a Saturday");
        }

        if (kind is DayKind.Compensatory or DayKind.SwapOff && weekend)
        {
            throw new CalendarFileException(source, lineNumber, $"{kindText} {dateText} is a {date.DayOfWeek}: only a weekday can be given off");
        }

        return new DayNote(date, kind, columns[2].Trim());
    }

    private static OfficialSchedule LoadBuiltIn()
    {
        using Stream stream = typeof(OfficialSchedule).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"Embedded resource {BuiltInResource} is missing from the build.");
        return Parse(stream, BuiltInResource);
    }
}
