using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OneStopBot.Persistence;

/// <summary>Why the database cannot do its work now, whatever the provider.</summary>
public enum StoreFault
{
    /// <summary>Another process holds the lock, or the server did not answer within the command timeout.</summary>
    Busy,

    /// <summary>The file, its disk or the server's database takes no writes.</summary>
    ReadOnly,

    /// <summary>The disk (or the server's) has no room.</summary>
    Full,

    /// <summary>The file cannot be opened or read, or the server cannot be reached.</summary>
    Unreachable,
}

/// <summary>What a failed database call means, told by the provider's error code, never by the text of its message.</summary>
public static class StoreErrors
{
    // SQLite's result codes (https://sqlite.org/rescode.html): primary codes, and the extended codes of a unique clash.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;
    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;

    /// <summary>Whether the save broke a unique index or a primary key (SQLite 2067/1555, PostgreSQL 23505).</summary>
    public static bool IsUniqueViolation(Exception failure) => failure is DbUpdateException
    {
        InnerException: SqliteException { SqliteExtendedErrorCode: SqliteUniqueViolation or SqlitePrimaryKeyViolation }
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation },
    };

    /// <summary>
    /// The fault of the database itself behind <paramref name="failure"/> (looked for along its inner exceptions), or
    /// null when the failure is not the database's: a broken rule or a bug is not a locked or full disk.
    /// </summary>
    public static StoreFault? FaultOf(Exception? failure)
    {
        for (var cause = failure; cause is not null; cause = cause.InnerException)
        {
            switch (cause)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode switch
                    {
                        SqliteBusy or SqliteLocked => StoreFault.Busy,
                        SqliteReadOnly => StoreFault.ReadOnly,
                        SqliteFull => StoreFault.Full,
                        SqliteIoError or SqliteCannotOpen => StoreFault.Unreachable,
                        _ => null,
                    };
                case PostgresException postgres:
                    return postgres.SqlState switch
                    {
                        PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled => StoreFault.Busy,
                        PostgresErrorCodes.ReadOnlySqlTransaction => StoreFault.ReadOnly,
                        PostgresErrorCodes.DiskFull or PostgresErrorCodes.InsufficientResources => StoreFault.Full,
                        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow => StoreFault.Unreachable,
                        { } state when state.StartsWith("08", StringComparison.Ordinal) => StoreFault.Unreachable,
                        _ => null,
                    };
                case NpgsqlException { InnerException: TimeoutException }:
                    return StoreFault.Busy;
                case NpgsqlException:
                    // Not an answer of the server's: the connection itself failed.
                    return StoreFault.Unreachable;
            }
        }

        return null;
    }
}
