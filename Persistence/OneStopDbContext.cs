using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OneStopBot.Domain.Campaign;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Procedures;
using OneStopBot.Domain.Ratings;
using OneStopBot.Domain.Votes;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Persistence;

/// <summary>
/// The bot's data. The two engines each have their own migrations, so each has its own type deriving from this one
/// (<see cref="SqliteOneStopDbContext"/>, <see cref="PostgresOneStopDbContext"/>); everything else asks for this type.
/// </summary>
public abstract class OneStopDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The engine behind this context.</summary>
    public abstract DatabaseProvider Provider { get; }

    /// <summary>
    /// The office whose data this context sees (its unit code), or null for every office. Every query of an office's
    /// rows (dossiers, refusals, complaints, ratings, votes, sessions, rosters, invitations, staff) is filtered by it,
    /// here and nowhere else; citizens, who belong to no office, are seen from every office.
    /// </summary>
    public string? OfficeScope { get; set; }

    /// <summary>
    /// Begins a transaction for a unit that reads and writes as one step (taking a daily number and writing the code
    /// that holds it): its saves commit together at <see cref="WriteTransaction.CommitAsync"/>. Every transaction of
    /// ours begins here, so that on SQLite it first waits its turn to write.
    /// </summary>
    public virtual async Task<WriteTransaction> BeginWriteAsync(CancellationToken ct) =>
        new(await Database.BeginTransactionAsync(ct), turn: null);

    /// <summary>
    /// Runs a write that does not go through <see cref="DbContext.SaveChangesAsync(CancellationToken)"/> (a bulk
    /// <c>ExecuteUpdate</c> or <c>ExecuteDelete</c>) in its turn to write, as a save would.
    /// </summary>
    public virtual Task WriteAsync(Func<CancellationToken, Task> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        return write(ct);
    }

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();

    /// <summary>Dossiers refused at the counter (Mẫu 03): never received, so never among <see cref="Dossiers"/>.</summary>
    public DbSet<ReceptionRefusal> ReceptionRefusals => Set<ReceptionRefusal>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Invite> Invites => Set<Invite>();

    public DbSet<ProcessedUpdate> ProcessedUpdates => Set<ProcessedUpdate>();


    public DbSet<ConversationState> Conversations => Set<ConversationState>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Follow> Follows => Set<Follow>();

    public DbSet<DailySequence> DailySequences => Set<DailySequence>();

    public DbSet<LookupThrottle> LookupThrottles => Set<LookupThrottle>();

    public DbSet<Rating> Ratings => Set<Rating>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Vote> Votes => Set<Vote>();

    public DbSet<ExtraSession> ExtraSessions => Set<ExtraSession>();

    public DbSet<SaturdayDuty> SaturdayDuties => Set<SaturdayDuty>();

    public DbSet<ZaloToken> ZaloTokens => Set<ZaloToken>();

    public DbSet<ZaloContact> ZaloContacts => Set<ZaloContact>();

    public DbSet<ZnsConsent> ZnsConsents => Set<ZnsConsent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Stored as UTC; read back marked as UTC (PostgreSQL requires the kind, SQLite forgets it).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OneStopDbContext).Assembly);

        modelBuilder.Entity<Dossier>().HasQueryFilter(d => OfficeScope == null || d.UnitCode == OfficeScope);
        modelBuilder.Entity<ReceptionRefusal>().HasQueryFilter(r => OfficeScope == null || r.UnitCode == OfficeScope);
        modelBuilder.Entity<Complaint>().HasQueryFilter(c => OfficeScope == null || c.UnitCode == OfficeScope);
        modelBuilder.Entity<Rating>().HasQueryFilter(r => OfficeScope == null || r.UnitCode == OfficeScope);
        modelBuilder.Entity<Vote>().HasQueryFilter(v => OfficeScope == null || v.UnitCode == OfficeScope);
        modelBuilder.Entity<ExtraSession>().HasQueryFilter(s => OfficeScope == null || s.UnitCode == OfficeScope);
        modelBuilder.Entity<SaturdayDuty>().HasQueryFilter(s => OfficeScope == null || s.UnitCode == OfficeScope);
        modelBuilder.Entity<Invite>().HasQueryFilter(i => OfficeScope == null || i.UnitCode == OfficeScope);
        modelBuilder.Entity<Person>().HasQueryFilter(p => OfficeScope == null || p.UnitCode == null || p.UnitCode == OfficeScope);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>
/// The context on SQLite, with the migrations in <c>Migrations/Sqlite</c>. SQLite has one writer at a time, so every
/// save and every <see cref="BeginWriteAsync"/> of this process on one database waits its turn at that database's
/// <see cref="WriteGate"/>: here, in one place, and not at the callers.
/// </summary>
public sealed class SqliteOneStopDbContext(DbContextOptions<SqliteOneStopDbContext> options) : OneStopDbContext(options)
{
    private static readonly ConcurrentDictionary<string, WriteGate> Gates = new(StringComparer.Ordinal);

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The gate of one database (its connection string): every context of this process on it shares it.</summary>
    public static WriteGate WriteGateOf(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return Gates.GetOrAdd(connectionString, static _ => new WriteGate());
    }

    private WriteGate Gate => WriteGateOf(Database.GetConnectionString() ?? string.Empty);

    /// <summary>
    /// Saves in a transaction of its own at the gate, or, inside a <see cref="BeginWriteAsync"/> unit (which holds the
    /// gate already), in that unit's transaction. The changes are found before the turn comes, so that the gate is held
    /// for the write alone.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        ChangeTracker.DetectChanges();
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var saved = 0;
            await Gate.RunAsync(async ct => saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public override Task WriteAsync(Func<CancellationToken, Task> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        return Database.CurrentTransaction is not null ? write(ct) : Gate.RunAsync(write, ct);
    }

    /// <summary>
    /// Waits for the gate, then begins: the unit reads and writes holding it, so that its read cannot be overtaken by
    /// another writer before its write (SQLite would refuse the write then rather than wait).
    /// </summary>
    public override async Task<WriteTransaction> BeginWriteAsync(CancellationToken ct)
    {
        var turn = await Gate.EnterAsync(ct);
        try
        {
            return new WriteTransaction(await Database.BeginTransactionAsync(ct), turn);
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }
}

/// <summary>The context on PostgreSQL, with the migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresOneStopDbContext(DbContextOptions<PostgresOneStopDbContext> options) : OneStopDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
