using Npgsql;

namespace OneStopBot.Persistence;

/// <summary>
/// A duty that only one instance of a deployment may hold at a time, such as long polling Telegram (two pollers take
/// updates from each other and confirm what the other has not handled). On PostgreSQL it is a session advisory lock
/// on a connection of its own, held until disposed or until the process dies; on SQLite the deployment is one
/// instance by construction, so the duty is always granted.
/// </summary>
public sealed class InstanceLock : IAsyncDisposable
{
    private readonly NpgsqlConnection? connection;
    private readonly string name;

    private InstanceLock(NpgsqlConnection? connection, string name)
    {
        this.connection = connection;
        this.name = name;
    }

    /// <summary>Takes the duty named <paramref name="name"/>, or returns null when another instance holds it.</summary>
    public static async Task<InstanceLock?> TryTakeAsync(StoreConnection store, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Provider == DatabaseProvider.Sqlite)
        {
            return new InstanceLock(null, name);
        }

        // A connection of its own, outside the pool: the lock lives exactly as long as it does.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext(@name))", connection);
        command.Parameters.AddWithValue("name", name);
        if (await command.ExecuteScalarAsync(ct) is true)
        {
            return new InstanceLock(connection, name);
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>
    /// Whether the duty is still held: on PostgreSQL, whether the lock's session still answers (a lost connection has
    /// lost its lock, and another instance may hold it now).
    /// </summary>
    public async Task<bool> StillHeldAsync(CancellationToken ct)
    {
        if (connection is null)
        {
            return true;
        }

        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception lost) when (lost is NpgsqlException or InvalidOperationException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is null)
        {
            return;
        }

        // Closing the session releases the lock; unlocking first says so without waiting for the server to notice.
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@name))", connection);
            command.Parameters.AddWithValue("name", name);
            await command.ExecuteScalarAsync();
        }
        catch (Exception lost) when (lost is NpgsqlException or InvalidOperationException)
        {
            // The session is gone, and its lock with it.
        }

        await connection.DisposeAsync();
    }
}
