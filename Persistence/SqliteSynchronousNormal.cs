using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneStopBot.Persistence;

/// <summary>
/// Sets <c>PRAGMA synchronous = NORMAL</c> on every SQLite connection EF opens, when the operator chooses speed
/// over durability (<c>Database:SqliteSynchronous = Normal</c>). In WAL mode (every database is created in WAL)
/// the default FULL waits for an fsync of the log at each commit, about 4 ms on the disk measured, and every
/// message is one commit under the write gate. With NORMAL a commit reaches the operating system at once and
/// the log is synced at checkpoints: the database can never be corrupted, and nothing is lost when the bot's
/// process crashes or is restarted; but a power cut or an OS crash may undo the last acknowledged commits,
/// which is why FULL stays the default.
/// </summary>
internal sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    public static readonly SqliteSynchronousNormal Instance = new();

    private const string Pragma = "PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
