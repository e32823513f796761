using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Domain.Procedures;
using OneStopBot.Persistence;

namespace OneStopBot.Tests.Support;

/// <summary>A real SQLite file in the temp folder, migrated, deleted afterwards. Each test gets its own.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string path)
    {
        Path = path;
        ConnectionString = $"Data Source={path};Pooling=False";
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(bool seedProcedures = true)
    {
        var db = new TestDatabase(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"onestop-test-{Guid.NewGuid():N}.db"));
        await using var context = db.NewContext();
        await context.Database.MigrateAsync();
        if (seedProcedures)
        {
            context.Procedures.AddRange(ProcedureCatalog.BuiltIn.Select(p => new Procedure(p)));
            await context.SaveChangesAsync();
        }

        return db;
    }

    public OneStopDbContext NewContext() => new(PersistenceRegistration.Options(ConnectionString));

    /// <summary>The application's own registration of this database: pooled contexts.</summary>
    public ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOneStopDatabase(ConnectionString);
        return services.BuildServiceProvider();
    }

    /// <summary>A plain connection of its own, beside the application's.</summary>
    public async Task<SqliteConnection> OpenPlainAsync()
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
