namespace OneStopBot.Domain.People;

/// <summary>What a person may do; each role includes the ones before it.</summary>
public enum Role
{
    Citizen = 0,
    Officer = 1,
    Leader = 2,
    Admin = 3,
}

public enum Language
{
    Vi = 0,
    En = 1,
}
