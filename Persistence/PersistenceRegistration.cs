using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace OneStopBot.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// Registers the data store: pooled contexts of the engine's own type, served (one per scope) as <see cref="OneStopDbContext"/>;
    /// on SQLite each connection is set up by <see cref="SqliteDurability"/> and writes queue at the database's
    /// <see cref="WriteGate"/> (<see cref="SqliteOneStopDbContext"/>).
    /// </summary>
    public static IServiceCollection AddOneStopDatabase(this IServiceCollection services, StoreConnection store)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(store.ConnectionString);
        if (store.Provider == DatabaseProvider.Sqlite)
        {
            services.AddPooledDbContextFactory<SqliteOneStopDbContext>(options => Configure(options, store));
            services.AddScoped<OneStopDbContext>(sp => Rent(sp.GetRequiredService<IDbContextFactory<SqliteOneStopDbContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<PostgresOneStopDbContext>(options => Configure(options, store));
            services.AddScoped<OneStopDbContext>(sp => Rent(sp.GetRequiredService<IDbContextFactory<PostgresOneStopDbContext>>()));
        }

        services.AddSingleton(store);
        return services;
    }

    /// <summary>
    /// A context from the pool, seeing every office until its user narrows it: the pool keeps a context's own
    /// properties, so the office a previous user chose is cleared here, as EF's guide to state in pooled contexts does.
    /// </summary>
    private static OneStopDbContext Rent<TContext>(IDbContextFactory<TContext> pool)
        where TContext : OneStopDbContext
    {
        var db = pool.CreateDbContext();
        db.OfficeScope = null;
        return db;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, StoreConnection store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        var migrations = typeof(OneStopDbContext).Assembly.GetName().Name;
        if (store.Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(store.ConnectionString, sqlite => sqlite.MigrationsAssembly(migrations)).AddInterceptors(SqliteDurability.Instance);
        }
        else
        {
            options.UseNpgsql(store.ConnectionString, npgsql => npgsql.MigrationsAssembly(migrations));
        }

        // A failed save is not an error in itself: the caller decides what it means (a repeated update, a stale
        // card) and logs the real failures with their context. EF's own lines would report each repeat as one.
        // A dossier's history, consents and follows carry no office of their own: they are read through their dossier
        // (by its id, once the filtered dossier was found) or by the citizen's own chat, never listed across offices.
        // EF warns at every start that a filtered dossier could hide such rows' required parent; that is the intent.
        return options.ConfigureWarnings(w => w
            .Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.OptimisticConcurrencyException, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug))
            .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    /// <summary>A context of its own, outside any container: for start-up tools, benchmarks and tests.</summary>
    public static OneStopDbContext NewContext(StoreConnection store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteOneStopDbContext>();
            Configure(sqlite, store);
            return new SqliteOneStopDbContext(sqlite.Options);
        }

        var postgres = new DbContextOptionsBuilder<PostgresOneStopDbContext>();
        Configure(postgres, store);
        return new PostgresOneStopDbContext(postgres.Options);
    }
}
