using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace OneStopBot.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// Registers the data store (SQLite; PostgreSQL is chosen the same way once its provider is added): commits
    /// reach the disk through <see cref="WalSync"/>, which whoever acknowledges a change awaits first.
    /// </summary>
    public static IServiceCollection AddOneStopDatabase(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextPool<OneStopDbContext>(options => Configure(options, connectionString).AddInterceptors(SqliteSynchronousNormal.Instance));
        services.AddSingleton(new WriteGate(serialize: true));
        services.AddSingleton(new WalSync(connectionString));
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(OneStopDbContext).Assembly.GetName().Name));
    }

    public static DbContextOptions<OneStopDbContext> Options(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<OneStopDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }
}
