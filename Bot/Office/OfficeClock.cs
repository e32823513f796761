using OneStopBot.Domain;

namespace OneStopBot.Bot.Office;

/// <summary>The current moment in UTC and in the offices' time zone.</summary>
public sealed class OfficeClock(TimeProvider time, OfficeDirectory offices)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(offices.TimeZone);

    public OfficeInstant Now => OfficeInstant.FromUtc(time.GetUtcNow().UtcDateTime, Zone);

    public DateOnly Today => Now.Date;

    public DateTime ToLocal(DateTime utc) => OfficeInstant.FromUtc(utc, Zone).Local;

    public OfficeInstant FromLocal(DateTime local) => OfficeInstant.FromLocal(local, Zone);
}
