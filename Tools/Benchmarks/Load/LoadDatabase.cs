using Npgsql;
using OneStopBot.Persistence;

namespace OneStopBot.Benchmarks.Load;

/// <summary>The database of a load run on PostgreSQL: a fresh one of its own on the given server, dropped afterwards.</summary>
internal static class LoadDatabase
{
    public static async Task<StoreConnection> CreatePostgresAsync(string serverConnection, CancellationToken ct)
    {
        var name = "onestop_load_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = new NpgsqlConnection(serverConnection))
        {
            await admin.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(ct);
        }

        return new StoreConnection(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(serverConnection) { Database = name }.ConnectionString);
    }

    public static async Task DropPostgresAsync(string serverConnection, StoreConnection store)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(store.ConnectionString).Database;
        await using var admin = new NpgsqlConnection(serverConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public static string Describe(StoreConnection store) => store.Provider == DatabaseProvider.Sqlite
        ? store.ConnectionString
        : $"PostgreSQL database {new NpgsqlConnectionStringBuilder(store.ConnectionString).Database} on {new NpgsqlConnectionStringBuilder(store.ConnectionString).Host}";
}
