using System.Globalization;

namespace OneStopBot.Domain.Procedures;

public enum ProcessingUnit
{
    /// <summary>Result the same working day; the next one when received after 15:00.</summary>
    SameDay = 0,
    WorkingDays = 1,
    /// <summary>Calendar days, as some laws word it; a due date on a day off moves to the next working day.</summary>
    CalendarDays = 2,
}

public readonly record struct ProcessingTime(ProcessingUnit Unit, int Amount)
{
    public static ProcessingTime SameDay => new(ProcessingUnit.SameDay, 0);

    public static ProcessingTime WorkingDays(int days) => new(ProcessingUnit.WorkingDays, days);

    /// <summary>Reads the catalog's notation: <c>same_day</c>, <c>3_wd</c>, <c>15_days</c>.</summary>
    public static ProcessingTime Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == "same_day")
        {
            return SameDay;
        }

        var parts = text.Split('_');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            switch (parts[1])
            {
                case "wd":
                    return new(ProcessingUnit.WorkingDays, amount);
                case "days":
                    return new(ProcessingUnit.CalendarDays, amount);
            }
        }

        throw new FormatException($"Unknown processing time '{text}': expected same_day, N_wd or N_days.");
    }

    public override string ToString() => Unit switch
    {
        ProcessingUnit.SameDay => "same_day",
        ProcessingUnit.WorkingDays => $"{Amount}_wd",
        _ => $"{Amount}_days",
    };
}
