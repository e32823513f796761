using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Channels.Telegram;
using OneStopBot.Bot.Demo;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Procedures;
using OneStopBot.Persistence;

namespace OneStopBot.Bot;

/// <summary>
/// Before anything else starts: bring the database to the latest migration, seed the procedure catalog,
/// give the configured roles, and in the console chat fill an empty database with demo data.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    OfficeDirectory offices,
    IOptions<TelegramOptions> telegram,
    OfficeClock clock,
    IWorkingCalendar calendar,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PrepareAsync(cancellationToken);
        }
        catch (Microsoft.Data.Sqlite.SqliteException cannot) when (StoreErrors.FaultOf(cannot) is not null)
        {
            throw new StartupException(
                $"The database cannot be opened and written ({cannot.Message}). Check that ConnectionStrings:OneStop names a file whose folder exists, that the file and its folder are writable by this user, that no other program holds it locked, and that the disk has room.",
                cannot);
        }
        catch (Npgsql.NpgsqlException cannot)
        {
            throw new StartupException(
                $"The PostgreSQL database cannot be used ({cannot.Message}). Check that the server runs and that ConnectionStrings:OneStop gives its Host, Port, Database, Username and Password.",
                cannot);
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await SqliteDurability.UseWriteAheadLogAsync(db, cancellationToken);
        }

        if (!await db.Procedures.AnyAsync(cancellationToken))
        {
            db.Procedures.AddRange(ProcedureCatalog.BuiltIn.Select(p => new Procedure(p)));
            await db.SaveChangesAsync(cancellationToken);
        }

        var catalog = await db.Procedures.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var office in offices.All)
        {
            foreach (var missing in Features.Dossiers.ReceptionForm.MatchCommon(catalog, office.Office.CommonProcedures).Missing)
            {
                UnknownCommonProcedure(logger, office.UnitCode, missing);
            }
        }

        if (offices.One is { } one)
        {
            await ClaimRowsFromBeforeOfficesAsync(db, one.UnitCode, cancellationToken);
        }

        await AccessBootstrap.ApplyAsync(db, offices, clock.Now.Utc, cancellationToken);
        if (!telegram.Value.Enabled && !await db.Dossiers.AnyAsync(cancellationToken))
        {
            await DemoData.SeedAsync(db, offices, clock, calendar, cancellationToken);
        }
    }

    /// <summary>
    /// A database from before offices were recorded belongs wholly to the deployment's one office: its complaints,
    /// ratings, votes, sessions, rosters and staff are given that office, so that it can later become one of many.
    /// </summary>
    private static Task ClaimRowsFromBeforeOfficesAsync(OneStopDbContext db, string unit, CancellationToken ct) =>
        db.WriteAsync(
            async c =>
            {
                await db.Complaints.Where(x => x.UnitCode == string.Empty).ExecuteUpdateAsync(x => x.SetProperty(r => r.UnitCode, unit), c);
                await db.Ratings.Where(x => x.UnitCode == string.Empty).ExecuteUpdateAsync(x => x.SetProperty(r => r.UnitCode, unit), c);
                await db.Votes.Where(x => x.UnitCode == string.Empty).ExecuteUpdateAsync(x => x.SetProperty(r => r.UnitCode, unit), c);
                await db.ExtraSessions.Where(x => x.UnitCode == string.Empty).ExecuteUpdateAsync(x => x.SetProperty(r => r.UnitCode, unit), c);
                await db.SaturdayDuties.Where(x => x.UnitCode == string.Empty).ExecuteUpdateAsync(x => x.SetProperty(r => r.UnitCode, unit), c);
                await db.People.Where(x => x.Role != Role.Citizen && x.UnitCode == null).ExecuteUpdateAsync(x => x.SetProperty(p => p.UnitCode, unit), c);
            },
            ct);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "The common procedures of office {UnitCode} name «{Name}», which is not in the procedure catalog; it gets no button")]
    private static partial void UnknownCommonProcedure(ILogger logger, string unitCode, string name);
}
