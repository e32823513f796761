using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Office;

/// <summary>
/// The office a unit of work (one update, one job's pass over one office, one page) acts for, and the one place that
/// narrows the scope's database context to it (<see cref="OneStopDbContext.OfficeScope"/>). A deployment of one
/// office is always in it, and needs no narrowing: every row is that office's.
/// </summary>
public sealed class CurrentOffice(OneStopDbContext db, OfficeDirectory offices)
{
    /// <summary>The office acted for; null for a province leader or a citizen in a deployment of several offices.</summary>
    public OfficeProfile? Profile { get; private set; } = offices.One;

    /// <summary>The office, where the work cannot be done without one (an officer's reception, a commune's digest).</summary>
    public OfficeProfile Required => Profile ?? throw new InvalidOperationException("This work is done in an office, and none was chosen.");

    /// <summary>Acts for <paramref name="office"/> from now on: its data only.</summary>
    public void Enter(OfficeProfile office)
    {
        ArgumentNullException.ThrowIfNull(office);
        Enter(office.UnitCode);
    }

    /// <summary>
    /// Acts as <paramref name="person"/> may: staff in their own office; a province leader or administrator (no office)
    /// and a citizen over every office. A member of staff whose office is no longer configured sees only that office's
    /// rows, and an officer without an office none.
    /// </summary>
    public void EnterFor(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.UnitCode is { } unit)
        {
            Enter(unit);
        }
        else if (person.Role == Role.Officer)
        {
            Enter(string.Empty);
        }
    }

    /// <summary>Does <paramref name="work"/> in <paramref name="office"/>, then comes back to where this scope was.</summary>
    public async Task<T> InAsync<T>(OfficeProfile office, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(work);
        var (profile, scope) = (Profile, db.OfficeScope);
        Enter(office.UnitCode);
        try
        {
            return await work();
        }
        finally
        {
            (Profile, db.OfficeScope) = (profile, scope);
        }
    }

    private void Enter(string unitCode)
    {
        if (offices.One is not null)
        {
            return;
        }

        Profile = offices.Find(unitCode);
        db.OfficeScope = unitCode;
    }
}
