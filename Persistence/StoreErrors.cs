using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OneStopBot.Persistence;

/// <summary>What a failed save means, told by the provider's error code, never by the text of its message.</summary>
public static class StoreErrors
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY (https://sqlite.org/rescode.html).
    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;

    /// <summary>Whether the save broke a unique index or a primary key (SQLite 2067/1555, PostgreSQL 23505).</summary>
    public static bool IsUniqueViolation(Exception failure) => failure is DbUpdateException
    {
        InnerException: SqliteException { SqliteExtendedErrorCode: SqliteUniqueViolation or SqlitePrimaryKeyViolation }
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation },
    };
}
