using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OneStopBot.Persistence;

namespace OneStopBot.Tests.Persistence;

/// <summary>Each fault of the database told by its code, from real SQLite errors and PostgreSQL's error states.</summary>
public sealed class StoreErrorsTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"onestop-faults-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task ALockHeldByAnotherConnection_IsBusy()
    {
        await using var holder = await OpenAsync(string.Empty);
        // Microsoft.Data.Sqlite waits for a busy database as long as the command timeout, and 0 means for ever.
        await using var writer = await OpenAsync(";Default Timeout=1");
        await using var hold = await holder.BeginTransactionAsync();

        var failure = await CaptureAsync(writer, "INSERT INTO T VALUES (2)");

        StoreErrors.FaultOf(failure).Should().Be(StoreFault.Busy);
    }

    [Fact]
    public async Task AReadOnlyFile_IsReadOnly_AlsoInsideEFsUpdateException()
    {
        await using var created = await OpenAsync(string.Empty);
        await using var reader = await OpenAsync(";Mode=ReadOnly");

        var failure = await CaptureAsync(reader, "INSERT INTO T VALUES (2)");

        StoreErrors.FaultOf(failure).Should().Be(StoreFault.ReadOnly);
        StoreErrors.FaultOf(new DbUpdateException("save failed", failure)).Should().Be(StoreFault.ReadOnly);
    }

    [Fact]
    public async Task NoRoomLeft_IsFull()
    {
        await using var connection = await OpenAsync(string.Empty);
        await Execute(connection, "PRAGMA max_page_count = 3");

        var failure = await CaptureAsync(connection, "INSERT INTO T SELECT randomblob(100000)");

        StoreErrors.FaultOf(failure).Should().Be(StoreFault.Full);
    }

    [Fact]
    public async Task AFileThatCannotBeOpened_IsUnreachable()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-folder-{Guid.NewGuid():N}", "x.db");
        await using var connection = new SqliteConnection($"Data Source={missing};Pooling=False");

        var open = async () => await connection.OpenAsync();

        StoreErrors.FaultOf((await open.Should().ThrowAsync<SqliteException>()).Which).Should().Be(StoreFault.Unreachable);
    }

    [Fact]
    public async Task ABrokenRule_OrAUniqueClash_IsNotAFaultOfTheDatabase()
    {
        await using var connection = await OpenAsync(string.Empty);
        await Execute(connection, "CREATE UNIQUE INDEX U ON T (X)");

        var clash = await CaptureAsync(connection, "INSERT INTO T VALUES (1)");

        StoreErrors.FaultOf(clash).Should().BeNull();
        StoreErrors.FaultOf(new InvalidOperationException("a bug")).Should().BeNull();
    }

    [Theory]
    [InlineData(PostgresErrorCodes.LockNotAvailable, StoreFault.Busy)]
    [InlineData(PostgresErrorCodes.ReadOnlySqlTransaction, StoreFault.ReadOnly)]
    [InlineData(PostgresErrorCodes.DiskFull, StoreFault.Full)]
    [InlineData(PostgresErrorCodes.AdminShutdown, StoreFault.Unreachable)]
    [InlineData(PostgresErrorCodes.ConnectionFailure, StoreFault.Unreachable)]
    [InlineData(PostgresErrorCodes.UniqueViolation, null)]
    [InlineData(PostgresErrorCodes.CheckViolation, null)]
    public void PostgresStates_AreToldByTheirCode(string state, StoreFault? fault)
    {
        var failure = new DbUpdateException("save failed", new PostgresException("server said no", "ERROR", "ERROR", state));

        StoreErrors.FaultOf(failure).Should().Be(fault);
    }

    [Fact]
    public void APostgresServerThatDoesNotAnswerInTime_IsBusy_AndOneThatCannotBeReached_Unreachable()
    {
        StoreErrors.FaultOf(new NpgsqlException("read timed out", new TimeoutException())).Should().Be(StoreFault.Busy);
        StoreErrors.FaultOf(new NpgsqlException("connection refused", new System.Net.Sockets.SocketException())).Should().Be(StoreFault.Unreachable);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }

    private async Task<SqliteConnection> OpenAsync(string options)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False{options}");
        await connection.OpenAsync();
        if (!options.Contains("ReadOnly", StringComparison.Ordinal))
        {
            await Execute(connection, "CREATE TABLE IF NOT EXISTS T (X); INSERT INTO T SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM T)");
        }

        return connection;
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<SqliteException> CaptureAsync(SqliteConnection connection, string sql)
    {
        var run = () => Execute(connection, sql);
        return (await run.Should().ThrowAsync<SqliteException>()).Which;
    }
}
