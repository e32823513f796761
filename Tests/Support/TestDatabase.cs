using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneStopBot.Domain.Procedures;
using OneStopBot.Persistence;

namespace OneStopBot.Tests.Support;

/// <summary>
/// A real database of its own for one test, migrated, deleted afterwards: a SQLite file in the temp folder, or a
/// database on the run's throwaway PostgreSQL cluster (<see cref="PostgresServer"/>). The provider is the one asked
/// for, else <see cref="DefaultProvider"/>: environment variable <c>ONESTOP_TEST_DATABASE</c> = <c>Postgres</c> runs
/// the whole suite on PostgreSQL.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? adminConnectionString;

    private TestDatabase(StoreConnection store, string? sqlitePath, string? adminConnectionString, string? postgresName)
    {
        Store = store;
        SqlitePath = sqlitePath;
        this.adminConnectionString = adminConnectionString;
        PostgresName = postgresName;
    }

    public static DatabaseProvider DefaultProvider { get; } = StoreConnection.ParseProvider(Environment.GetEnvironmentVariable("ONESTOP_TEST_DATABASE"));

    public StoreConnection Store { get; }

    public DatabaseProvider Provider => Store.Provider;

    public string ConnectionString => Store.ConnectionString;

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    private string? PostgresName { get; }

    public static async Task<TestDatabase> CreateAsync(bool seedProcedures = true, DatabaseProvider? provider = null)
    {
        var db = (provider ?? DefaultProvider) == DatabaseProvider.Sqlite ? CreateSqlite() : await CreatePostgresAsync();
        await using var context = db.NewContext();
        await context.Database.MigrateAsync();
        if (seedProcedures)
        {
            context.Procedures.AddRange(ProcedureCatalog.BuiltIn.Select(p => new Procedure(p)));
            await context.SaveChangesAsync();
        }

        return db;
    }

    public OneStopDbContext NewContext() => PersistenceRegistration.NewContext(Store);

    /// <summary>The application's own registration of this database: pooled contexts.</summary>
    public ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOneStopDatabase(Store);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Command-line settings that point the bot at this database (and, on SQLite, its job store beside it), with
    /// <paramref name="connectionOptions"/> added to its connection string when given.
    /// </summary>
    public IEnumerable<string> BotArguments(string? connectionOptions = null)
    {
        yield return $"--Database:Provider={Provider}";
        yield return $"--ConnectionStrings:OneStop={ConnectionString}" + (connectionOptions is null ? string.Empty : ";" + connectionOptions);
        if (SqlitePath is { } path)
        {
            yield return $"--ConnectionStrings:Hangfire={path}.jobs";
        }
    }

    /// <summary>
    /// Another program's hold on the database until disposed: on SQLite a write transaction (readers still read, a
    /// writer waits for its busy timeout and fails), on PostgreSQL the same on the dossiers' table.
    /// </summary>
    public async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is taken at once. PostgreSQL's EXCLUSIVE mode lets
        // readers through and stops writers.
        var transaction = await connection.BeginTransactionAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "LOCK TABLE \"Dossiers\" IN EXCLUSIVE MODE";
            await command.ExecuteNonQueryAsync();
        }

        return new Hold(transaction, connection);
    }

    /// <summary>PostgreSQL only: the database takes no more writes (as a server turned read-only), or takes them again.</summary>
    public async Task SetReadOnlyAsync(bool readOnly)
    {
        await using (var admin = new NpgsqlConnection(adminConnectionString ?? throw new InvalidOperationException("A SQLite file is made read-only by its file system.")))
        {
            await admin.OpenAsync();
            await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{PostgresName}\" SET default_transaction_read_only = {(readOnly ? "on" : "off")}", admin);
            await alter.ExecuteNonQueryAsync();
        }

        // The setting reaches new sessions: the bot's pooled ones are closed, as a server restart would.
        NpgsqlConnection.ClearAllPools();
    }

    private sealed class Hold(DbTransaction transaction, DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (SqlitePath is { } path)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static TestDatabase CreateSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"onestop-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(new StoreConnection(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False"), path, null, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = await PostgresServer.AdminConnectionStringAsync();
        var name = $"onestop_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var store = new StoreConnection(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString);
        return new TestDatabase(store, null, admin, name);
    }
}
