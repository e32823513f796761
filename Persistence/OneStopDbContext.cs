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
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The context on SQLite, with the migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteOneStopDbContext(DbContextOptions<SqliteOneStopDbContext> options) : OneStopDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>The context on PostgreSQL, with the migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresOneStopDbContext(DbContextOptions<PostgresOneStopDbContext> options) : OneStopDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
