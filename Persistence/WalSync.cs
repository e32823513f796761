using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OneStopBot.Persistence;

/// <summary>
/// Makes commits durable before anyone is told about them, many commits per disk flush. Connections commit with
/// <c>synchronous = NORMAL</c> (<see cref="SqliteSynchronousNormal"/>): the commit reaches the operating system
/// at once, and the write-ahead log reaches the disk at the next flush. Whoever is about to acknowledge a change
/// (a reply, a confirmation to Telegram, a notification) first waits here for an fsync of the log that started
/// after its commit. One fsync serves every commit made before it started (group commit), and it runs outside the
/// write gate, so writers no longer queue behind the disk. What this buys over SQLite's own FULL mode is only
/// speed: an acknowledged change survives a power cut either way.
/// </summary>
public sealed class WalSync
{
    private readonly string? walPath;
    private readonly Action<string> flush;
    private readonly Lock sync = new();
    private TaskCompletionSource? next;
    private bool running;

    public WalSync(string connectionString)
        : this(connectionString, FlushFile)
    {
    }

    /// <summary>For tests: <paramref name="flush"/> stands for the fsync of the file it is given.</summary>
    internal WalSync(string connectionString, Action<string> flush)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        walPath = inMemory ? null : Path.GetFullPath(builder.DataSource) + "-wal";
        this.flush = flush;
    }

    /// <summary>
    /// Puts the database in WAL mode (the setting stays in the file) and checks, on an open connection, that the log
    /// is where <see cref="FlushAsync"/> looks for it; otherwise the flush would do nothing and start-up stops.
    /// </summary>
    public async Task CheckAsync(SqliteConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (walPath is null)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        // The log file appears with the first read in WAL mode.
        command.CommandText = "SELECT count(*) FROM sqlite_master;";
        await command.ExecuteScalarAsync(ct);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase) || !File.Exists(walPath))
        {
            throw new InvalidOperationException(
                $"The database could not be put in WAL mode with its log at {walPath} (journal mode: {mode}); commits could not be made durable.");
        }
    }

    /// <summary>Completes once every commit made before the call is on disk.</summary>
    public Task FlushAsync()
    {
        if (walPath is null)
        {
            return Task.CompletedTask;
        }

        lock (sync)
        {
            // A flush already running may have started before the caller's commit: wait for the next one.
            next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var task = next.Task;
            if (!running)
            {
                running = true;
                _ = Task.Run(FlushWhileWanted);
            }

            return task;
        }
    }

    private void FlushWhileWanted()
    {
        while (true)
        {
            TaskCompletionSource batch;
            lock (sync)
            {
                if (next is null)
                {
                    running = false;
                    return;
                }

                batch = next;
                next = null;
            }

            try
            {
                flush(walPath!);
                batch.SetResult();
            }
#pragma warning disable CA1031 // Whatever the disk said goes to every waiting caller; the loop must go on.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                batch.SetException(failure);
            }
        }
    }

    /// <summary>
    /// Copies the whole log into the database file, waiting up to <paramref name="readers"/> for readers on older
    /// snapshots, so that the next commit writes the log from its beginning again. The caller holds the write gate.
    /// Returns false when a reader kept an old snapshot all that time (a long report; the next try will do).
    /// </summary>
    public static async Task<bool> RestartLogAsync(OneStopDbContext db, TimeSpan readers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        if (connection is not SqliteConnection)
        {
            return true;
        }

        await using var command = await RawSql.CommandAsync(db, "PRAGMA busy_timeout;", ct);
        var usual = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)readers.TotalMilliseconds};");
        await command.ExecuteNonQueryAsync(ct);
        try
        {
            command.CommandText = "PRAGMA wal_checkpoint(RESTART);";
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) && reader.GetInt32(0) == 0;
        }
        finally
        {
            // The connection goes back to the pool: others keep their usual patience.
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {usual};");
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static void FlushFile(string path)
    {
        try
        {
            // fsync applies to the file, not to the descriptor: a fresh descriptor flushes what SQLite wrote
            // through its own, and always names the log as it is now.
            using var log = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            log.Flush(flushToDisk: true);
        }
        catch (FileNotFoundException)
        {
            // No log: the last connection closed and checkpointed it into the database file, which SQLite synced.
        }
    }
}
