namespace OneStopBot.Domain.Calendar;

/// <summary>One row of the holiday rules table (<c>Data/holiday-rules.csv</c>): which days a holiday gives in a year.</summary>
/// <param name="Id">Short stable name; a rules file row with the same id replaces this rule.</param>
/// <param name="Month">Month of the date the holiday is reckoned from (lunar: an ordinary month).</param>
/// <param name="Day">Day of that date (lunar: 1 to 29).</param>
/// <param name="Offset">Days from the date to the first day off; unused when <paramref name="Placement"/> is <see cref="HolidayPlacement.Adjacent"/>.</param>
/// <param name="Days">Days off in a row.</param>
/// <param name="FirstYear">First year of the date in which the rule applies; null: every year (unless <see cref="AwaitsFirstYear"/>).</param>
/// <param name="LastYear">Last year of the date in which the rule applies; null: no end.</param>
/// <param name="Name">As people read it; the days of a rule of several days are named after their dates.</param>
public sealed record HolidayRule(
    string Id,
    HolidayDateKind Calendar,
    int Month,
    int Day,
    HolidayPlacement Placement,
    int Offset,
    int Days,
    int? FirstYear,
    int? LastYear,
    WeekendCompensation Weekend,
    string Name)
{
    /// <summary>Not in force until a first year is given: the law that makes it a holiday is awaited.</summary>
    public bool AwaitsFirstYear { get; init; }

    public bool AppliesIn(int year) =>
        !AwaitsFirstYear && (FirstYear is null || year >= FirstYear) && (LastYear is null || year <= LastYear);
}

public enum HolidayDateKind
{
    Solar,
    Lunar,
}

public enum HolidayPlacement
{
    /// <summary>The days start <see cref="HolidayRule.Offset"/> days from the date.</summary>
    FromDate,

    /// <summary>One day next to the date: the day before, or the day after when the day before is a weekend day or the date a Thursday.</summary>
    Adjacent,
}

public enum WeekendCompensation
{
    /// <summary>A day on a Saturday or Sunday, or on a day another rule gave, is made up by the next weekday not already off.</summary>
    NextWeekday,

    /// <summary>A day lost to a weekend or to another holiday is not made up.</summary>
    None,
}
