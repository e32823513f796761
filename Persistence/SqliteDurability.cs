using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneStopBot.Persistence;

/// <summary>
/// SQLite run as it is meant to be: the log in WAL mode (a setting kept in the file, made once at start), every
/// commit synced before it returns (<c>synchronous = FULL</c>: a change anyone was told of survives a power cut), and
/// the log cut back to <see cref="JournalSizeLimitBytes"/> after SQLite's own automatic checkpoints. A locked
/// database is waited for by Microsoft.Data.Sqlite itself, up to the command timeout (30 s).
/// </summary>
public sealed class SqliteDurability : DbConnectionInterceptor
{
    public static readonly SqliteDurability Instance = new();

    public const long JournalSizeLimitBytes = 64L * 1024 * 1024;

    private static readonly string Pragmas = $"PRAGMA synchronous = FULL; PRAGMA journal_size_limit = {JournalSizeLimitBytes};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Puts the database file in WAL mode; an in-memory database keeps its own mode.</summary>
    public static async Task UseWriteAheadLogAsync(OneStopDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var command = await RawSql.CommandAsync(db, "PRAGMA journal_mode = WAL;", ct);
        var mode = Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        if (mode is not ("wal" or "memory"))
        {
            throw new InvalidOperationException($"The database could not be put in WAL mode (its journal mode is {mode}).");
        }
    }
}
