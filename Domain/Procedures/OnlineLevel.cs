namespace OneStopBot.Domain.Procedures;

/// <summary>Online public-service level (NĐ 42/2022).</summary>
public enum OnlineLevel
{
    None = 0,
    Partial = 1,
    Full = 2,
}
