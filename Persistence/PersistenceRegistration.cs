using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace OneStopBot.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// Registers the data store (SQLite; PostgreSQL is chosen the same way once its provider is added), each
    /// connection set up by <see cref="SqliteDurability"/>.
    /// </summary>
    public static IServiceCollection AddOneStopDatabase(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextPool<OneStopDbContext>(options => Configure(options, connectionString));
        services.AddSingleton(new WriteGate(serialize: true));
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(OneStopDbContext).Assembly.GetName().Name))
            .AddInterceptors(SqliteDurability.Instance)
            // A failed save is not an error in itself: the caller decides what it means (a repeated update, a stale
            // card) and logs the real failures with their context. EF's own lines would report each repeat as one.
            .ConfigureWarnings(w => w.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.OptimisticConcurrencyException, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug)));
    }

    public static DbContextOptions<OneStopDbContext> Options(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<OneStopDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }
}
