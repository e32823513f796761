using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace OneStopBot.Persistence;

public static class PersistenceRegistration
{
    /// <summary>Registers the data store (SQLite; PostgreSQL is chosen the same way once its provider is added).</summary>
    /// <param name="synchronousNormal">
    /// SQLite's <c>synchronous = NORMAL</c>: commits stop waiting for the disk (about twice the messages a second
    /// here) but a power cut may undo the last acknowledged changes. Off by default.
    /// </param>
    public static IServiceCollection AddOneStopDatabase(this IServiceCollection services, string connectionString, bool synchronousNormal = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextPool<OneStopDbContext>(options => Configure(options, connectionString, synchronousNormal));
        services.AddSingleton(new WriteGate(serialize: true));
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString, bool synchronousNormal = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(OneStopDbContext).Assembly.GetName().Name));
        return synchronousNormal ? options.AddInterceptors(SqliteSynchronousNormal.Instance) : options;
    }

    public static DbContextOptions<OneStopDbContext> Options(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<OneStopDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }
}
