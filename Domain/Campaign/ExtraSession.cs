namespace OneStopBot.Domain.Campaign;

/// <summary>The two campaign models that add office hours.</summary>
public enum SessionKind
{
    /// <summary>"30 phút tăng thêm vì dân": staying 30 minutes past closing.</summary>
    ExtraHalfHour = 1,
    /// <summary>"Sáng thứ Bảy vì dân": a Saturday-morning session.</summary>
    SaturdayMorning = 2,
}

/// <summary>One officer's extra session on one day, with the people served; one per officer, kind and day.</summary>
public sealed class ExtraSession
{
    private ExtraSession()
    {
        UnitCode = string.Empty;
    }

    public ExtraSession(string unitCode, long officerId, SessionKind kind, DateOnly date, DateTime startedAtUtc)
    {
        UnitCode = unitCode;
        OfficerId = officerId;
        Kind = kind;
        Date = date;
        StartedAtUtc = startedAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>The officer's office.</summary>
    public string UnitCode { get; private set; }

    public long OfficerId { get; private set; }

    public SessionKind Kind { get; private set; }

    /// <summary>The office-local day of the session.</summary>
    public DateOnly Date { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public int PeopleServed { get; private set; }

    public int DossiersReceived { get; private set; }

    public int DossiersReturned { get; private set; }

    /// <summary>Logs what the session achieved; a later log replaces an earlier one.</summary>
    public void Log(int peopleServed, DateTime endedAtUtc, int dossiersReceived = 0, int dossiersReturned = 0)
    {
        if (peopleServed < 0 || dossiersReceived < 0 || dossiersReturned < 0)
        {
            throw new DomainException("session.count_negative");
        }

        PeopleServed = peopleServed;
        DossiersReceived = dossiersReceived;
        DossiersReturned = dossiersReturned;
        EndedAtUtc = endedAtUtc;
    }
}

/// <summary>An officer on the Saturday-morning roster; signed up by themself or assigned by a leader.</summary>
public sealed class SaturdayDuty
{
    private SaturdayDuty()
    {
        UnitCode = string.Empty;
    }

    public SaturdayDuty(string unitCode, DateOnly date, long officerId, long assignedById, DateTime createdAtUtc)
    {
        if (date.DayOfWeek != DayOfWeek.Saturday)
        {
            throw new DomainException("saturday.not_saturday", date);
        }

        UnitCode = unitCode;
        Date = date;
        OfficerId = officerId;
        AssignedById = assignedById;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>The office whose Saturday it is.</summary>
    public string UnitCode { get; private set; }

    public DateOnly Date { get; private set; }

    public long OfficerId { get; private set; }

    public long AssignedById { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
}
