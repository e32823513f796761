using Microsoft.Data.Sqlite;
using OneStopBot.Persistence;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Persistence;

public sealed class WalSyncTests
{
    [Fact]
    public async Task ACallerArrivingDuringAFlush_WaitsForTheNextOne_AndOneFlushServesEveryoneWaiting()
    {
        using var firstStarted = new SemaphoreSlim(0);
        using var releaseFirst = new SemaphoreSlim(0);
        var flushes = 0;
        var sync = new WalSync("Data Source=/tmp/x.db", _ =>
        {
            if (Interlocked.Increment(ref flushes) == 1)
            {
                firstStarted.Release();
                releaseFirst.Wait();
            }
        });

        var first = sync.FlushAsync();
        (await firstStarted.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();

        // Their commits may have come after the running flush began: it does not count for them.
        var later = Enumerable.Range(0, 5).Select(_ => sync.FlushAsync()).ToList();
        releaseFirst.Release();
        await first.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.WhenAll(later).WaitAsync(TimeSpan.FromSeconds(10));

        flushes.Should().Be(2, "the five callers who came during the first flush share the second");
    }

    [Fact]
    public async Task AFailedFlush_ReachesItsCallers_AndTheNextFlushWorks()
    {
        var fail = true;
        var sync = new WalSync("Data Source=/tmp/x.db", _ =>
        {
            if (fail)
            {
                throw new IOException("disk error");
            }
        });

        var failed = () => sync.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await failed.Should().ThrowAsync<IOException>();
        fail = false;
        await sync.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task TheRealFlush_SyncsTheLogOfAFileDatabase_AndNeedsNoLogWhenThereIsNone()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        var flushed = new List<string>();
        var sync = new WalSync(database.ConnectionString, path => flushed.Add(path));
        await sync.FlushAsync();
        flushed.Should().Equal(database.Path + "-wal");

        // The log exists while a connection is open; without one it was checkpointed away. Both are fine.
        var real = new WalSync(database.ConnectionString);
        await using (var open = new SqliteConnection(database.ConnectionString))
        {
            await open.OpenAsync();
            await using var write = open.CreateCommand();
            write.CommandText = "PRAGMA synchronous = NORMAL; CREATE TABLE Probe (X INTEGER); INSERT INTO Probe VALUES (1);";
            await write.ExecuteNonQueryAsync();
            File.Exists(database.Path + "-wal").Should().BeTrue();
            await real.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        File.Exists(database.Path + "-wal").Should().BeFalse();
        await real.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task TheStartUpCheck_PutsADatabaseInWalMode_AndRefusesALogThatIsNotWhereTheFlushLooks()
    {
        var folder = Directory.CreateTempSubdirectory("onestop-wal-");
        try
        {
            var path = Path.Combine(folder.FullName, "rollback.db");
            var connectionString = $"Data Source={path};Pooling=False";
            await using (var connection = new SqliteConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var setup = connection.CreateCommand();
                setup.CommandText = "PRAGMA journal_mode = DELETE; CREATE TABLE Probe (X INTEGER);";
                await setup.ExecuteNonQueryAsync();

                await new WalSync(connectionString).CheckAsync(connection, CancellationToken.None);
                await using var mode = connection.CreateCommand();
                mode.CommandText = "PRAGMA journal_mode;";
                (await mode.ExecuteScalarAsync()).Should().Be("wal");

                // A flush that looks for the log of another file would silently do nothing: start-up stops instead.
                var elsewhere = new WalSync($"Data Source={Path.Combine(folder.FullName, "other.db")}");
                var check = () => elsewhere.CheckAsync(connection, CancellationToken.None);
                await check.Should().ThrowAsync<InvalidOperationException>().WithMessage("*other.db-wal*");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AnInMemoryDatabase_HasNothingToFlush()
    {
        var flushes = 0;
        var sync = new WalSync("Data Source=:memory:", _ => flushes++);
        await sync.FlushAsync();
        flushes.Should().Be(0);
    }

    [Fact]
    public async Task RestartingTheLog_LetsTheNextCommitWriteItFromTheBeginning_AndAReaderOnAnOldSnapshotOnlyPutsItOff()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using var writer = new SqliteConnection(database.ConnectionString);
        await writer.OpenAsync();
        await ExecuteAsync(writer, "PRAGMA journal_mode = WAL; CREATE TABLE Probe (X INTEGER);");
        for (var i = 0; i < 100; i++)
        {
            await ExecuteAsync(writer, "INSERT INTO Probe VALUES (1);");
        }

        await using (var reader = new SqliteConnection(database.ConnectionString))
        {
            // A reader that keeps its snapshot while more is written, and longer than the restart waits.
            await reader.OpenAsync();
            await ExecuteAsync(reader, "BEGIN; SELECT count(*) FROM Probe;");
            for (var i = 0; i < 10; i++)
            {
                await ExecuteAsync(writer, "INSERT INTO Probe VALUES (2);");
            }

            await using var context = database.NewContext();
            (await WalSync.RestartLogAsync(context, TimeSpan.FromMilliseconds(100), CancellationToken.None)).Should().BeFalse();
            await ExecuteAsync(reader, "COMMIT;");
        }

        await using (var reader = new SqliteConnection(database.ConnectionString))
        {
            // A reader on an old snapshot at the moment of the restart, done soon after: the restart waits for it.
            await reader.OpenAsync();
            await ExecuteAsync(reader, "BEGIN; SELECT count(*) FROM Probe;");
            await ExecuteAsync(writer, "INSERT INTO Probe VALUES (2);");
            await using var context = database.NewContext();
            var restart = Task.Run(() => WalSync.RestartLogAsync(context, TimeSpan.FromSeconds(5), CancellationToken.None));
            await Task.Delay(50);
            await ExecuteAsync(reader, "COMMIT;");
            (await restart.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();
        }

        await ExecuteAsync(writer, "INSERT INTO Probe VALUES (3);");
        await using var frames = writer.CreateCommand();
        frames.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var result = await frames.ExecuteReaderAsync();
        (await result.ReadAsync()).Should().BeTrue();
        result.GetInt32(1).Should().BeLessThan(5, "the log starts again from its beginning instead of growing past 110 frames");
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
