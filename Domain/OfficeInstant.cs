namespace OneStopBot.Domain;

/// <summary>One moment seen twice: in UTC for storage and in the office's time zone for the rules.</summary>
public readonly record struct OfficeInstant(DateTime Utc, DateTime Local)
{
    public DateOnly Date => DateOnly.FromDateTime(Local);

    public TimeOnly Time => TimeOnly.FromDateTime(Local);

    public static OfficeInstant FromUtc(DateTime utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var asUtc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new OfficeInstant(asUtc, DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(asUtc, zone), DateTimeKind.Unspecified));
    }

    public static OfficeInstant FromLocal(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new OfficeInstant(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), unspecified);
    }
}
