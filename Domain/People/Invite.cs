namespace OneStopBot.Domain.People;

/// <summary>A single-use link an admin makes to give a role to whoever opens it.</summary>
public sealed class Invite
{
    private Invite()
    {
        Code = string.Empty;
    }

    public Invite(string? unitCode, string code, Role role, long createdById, DateTime createdAtUtc, DateTime expiresAtUtc)
    {
        if (role is not (Role.Officer or Role.Leader))
        {
            throw new DomainException("invite.role_not_allowed", role);
        }

        if (role == Role.Officer && unitCode is null)
        {
            throw new ArgumentException("An officer works in an office: name it.", nameof(unitCode));
        }

        UnitCode = unitCode;
        Code = code;
        Role = role;
        CreatedById = createdById;
        CreatedAtUtc = createdAtUtc;
        ExpiresAtUtc = expiresAtUtc;
    }

    /// <summary>The office the role is given in; null for a province leader, who belongs to none.</summary>
    public string? UnitCode { get; private set; }

    public string Code { get; private set; }

    public Role Role { get; private set; }

    public long CreatedById { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public long? UsedById { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    /// <summary>Gives the invite's role to <paramref name="person"/>; an invite works once and not after it expires.</summary>
    public void Redeem(Person person, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (UsedById is not null)
        {
            throw new DomainException("invite.used");
        }

        if (nowUtc >= ExpiresAtUtc)
        {
            throw new DomainException("invite.expired");
        }

        UsedById = person.Id;
        UsedAtUtc = nowUtc;
        if (person.Role < Role || person.UnitCode != UnitCode)
        {
            person.GrantRole(Role, UnitCode);
        }
    }
}
