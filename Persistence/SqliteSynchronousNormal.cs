using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneStopBot.Persistence;

/// <summary>
/// Sets <c>PRAGMA synchronous = NORMAL</c> once on every SQLite connection. In WAL mode (every database is created
/// in WAL) the default FULL waits for an fsync of the log inside each commit, while the writer holds SQLite's
/// only write lock; with NORMAL the commit returns at once and <see cref="WalSync"/> flushes the log for many
/// commits together, before any of them is acknowledged. The database can never be corrupted either way.
/// </summary>
internal sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    public static readonly SqliteSynchronousNormal Instance = new();

    private const string Pragma = "PRAGMA synchronous = NORMAL;";

    // A pooled connection keeps its native handle, and the setting with it: set it once per handle.
    private readonly ConditionalWeakTable<object, object> done = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstTime(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstTime(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool FirstTime(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is not SqliteConnection { Handle: { } handle } || done.TryAdd(handle, handle);
    }
}
