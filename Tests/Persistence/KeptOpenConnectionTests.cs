using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Persistence;

/// <summary>The pooled contexts' connections: kept open with their statements, yet closed in every way that matters.</summary>
public sealed class KeptOpenConnectionTests
{
    [Fact]
    public async Task APooledContext_RunsAQueryAgain_OnTheSameConnection_WithoutParsingItAgain()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = database.Services();

        var (first, parsedAfterFirst) = await CountProceduresAsync(services);
        var (second, parsedAfterSecond) = await CountProceduresAsync(services);

        second.Should().BeSameAs(first, "the context came back from the pool with its connection");
        parsedAfterSecond.Should().Be(parsedAfterFirst, "the query's statement was kept from the first time");
    }

    [Theory]
    [InlineData("EF's command")]
    [InlineData("a plain command")]
    [InlineData("a transaction begun in SQL")]
    public async Task AContextBackInThePool_HoldsNoReadSnapshot_WhateverWasLeftOpen(string leftOpen)
    {
        await using var database = await TestDatabase.CreateAsync();
        await UseWriteAheadLogAsync(database);
        await using var services = database.Services();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            if (leftOpen == "a transaction begun in SQL")
            {
                await ExecuteAsync(connection, "BEGIN; SELECT count(*) FROM Procedures;");
            }
            else
            {
                var command = leftOpen == "EF's command" ? ((System.Data.Common.DbConnection)connection).CreateCommand() : connection.CreateCommand();
                command.CommandText = "SELECT Id FROM Procedures";
                var reader = await command.ExecuteReaderAsync();
                (await reader.ReadAsync()).Should().BeTrue();
                // Neither the reader nor the command is disposed: the context goes back to the pool with them.
            }
        }

        await using var other = await database.OpenPlainAsync();
        await ExecuteAsync(other, "INSERT INTO ProcessedUpdates (Channel, UpdateId, AtUtc) VALUES (0, 1, '2026-01-01')");
        await using var checkpoint = other.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await using (var result = await checkpoint.ExecuteReaderAsync())
        {
            (await result.ReadAsync()).Should().BeTrue();
            result.GetInt32(0).Should().Be(0, "no reader keeps a snapshot that would stop the log from being emptied");
        }

        await using var again = services.CreateAsyncScope();
        var next = again.ServiceProvider.GetRequiredService<OneStopDbContext>();
        next.ProcessedUpdates.Add(new ProcessedUpdate { Channel = ChannelKind.Telegram, UpdateId = 2, AtUtc = DateTime.UtcNow });
        await next.SaveChangesAsync();
        (await next.ProcessedUpdates.CountAsync()).Should().Be(2);
    }

    [Fact]
    public async Task ACommand_TakesTheConnectionsTransaction_AsASqliteCommandDoes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = database.Services();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT count(*) FROM Procedures";
        Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
    }

    [Fact]
    public async Task ACommand_RefusesToRunAgainWhileItsReaderIsOpen_AndEndsTheReaderWhenDisposed()
    {
        await using var pooled = await PooledContext.OpenAsync();
        var connection = pooled.Connection;
        var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Procedures";
        var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue();

        var again = () => command.ExecuteReaderAsync();
        await again.Should().ThrowAsync<InvalidOperationException>();
        await command.DisposeAsync();
        reader.IsClosed.Should().BeTrue();
    }

    [Fact]
    public async Task StoppingTheApplication_WhileAContextIsInUse_LetsItsWorkFinish_ThenClosesItsConnection()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = database.Services();
        KeptOpenConnection connection;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            await db.Database.OpenConnectionAsync(); // As the way of a message does: one connection for its reads and its save.
            (await db.Procedures.CountAsync()).Should().BePositive();
            connection = (KeptOpenConnection)db.Database.GetDbConnection();

            services.GetRequiredService<KeptOpenConnections>().Dispose();

            db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = ChannelKind.Telegram, UpdateId = 9, AtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            connection.Handle.Should().NotBeNull("the work under way keeps its connection");
        }

        connection.Handle.Should().BeNull("the connection closed for good when its context was done with it");
    }

    [Fact]
    public async Task ATransactionLeftOpen_IsRolledBack_WhenTheContextGoesBackToThePool()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = database.Services();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            await db.Database.OpenConnectionAsync();
            var transaction = await db.Database.GetDbConnection().BeginTransactionAsync();
            await db.Database.UseTransactionAsync(transaction);
            db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = ChannelKind.Telegram, UpdateId = 7, AtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            (await db.ProcessedUpdates.CountAsync()).Should().Be(0);
            db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = ChannelKind.Telegram, UpdateId = 8, AtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await using var other = await database.OpenPlainAsync();
        (await ScalarAsync(other, "SELECT group_concat(UpdateId) FROM ProcessedUpdates")).Should().Be("8");
    }

    [Fact]
    public async Task TheSameQuery_RunsWhileItsFirstReaderIsStillOpen()
    {
        await using var pooled = await PooledContext.OpenAsync();
        var connection = pooled.Connection;

        await using var outer = connection.CreateCommand();
        outer.CommandText = "SELECT Id FROM Procedures ORDER BY Id";
        await using var outerReader = await outer.ExecuteReaderAsync();
        (await outerReader.ReadAsync()).Should().BeTrue();
        var firstId = outerReader.GetInt32(0);

        await using var inner = connection.CreateCommand();
        inner.CommandText = "SELECT Id FROM Procedures ORDER BY Id";
        await using (var innerReader = await inner.ExecuteReaderAsync())
        {
            (await innerReader.ReadAsync()).Should().BeTrue();
            innerReader.GetInt32(0).Should().Be(firstId);
        }

        (await outerReader.ReadAsync()).Should().BeTrue("the first reader goes on where it was");
        outerReader.GetInt32(0).Should().BeGreaterThan(firstId);
    }

    [Fact]
    public async Task StoppingTheApplication_ClosesTheConnectionsForGood()
    {
        await using var database = await TestDatabase.CreateAsync();
        await UseWriteAheadLogAsync(database);
        KeptOpenConnection connection;
        await using (var services = database.Services())
        {
            connection = (KeptOpenConnection)(await CountProceduresAsync(services)).Connection;
        }

        connection.Handle.Should().BeNull("the native connection is closed");

        // Leaving the log mode needs the only connection to the file: it fails while another one is open.
        await using var other = await database.OpenPlainAsync();
        (await ScalarAsync(other, "PRAGMA journal_mode = DELETE")).Should().Be("delete");
    }

    [Fact]
    public async Task TheModel_HasNoDecimalColumn_ForWhichTheKeptOpenConnectionLacksEfsFunctions()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using var db = database.NewContext();
        var decimals = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties())
            .Where(p => Nullable.GetUnderlyingType(p.ClrType) == typeof(decimal) || p.ClrType == typeof(decimal))
            .Select(p => $"{p.DeclaringType.ClrType.Name}.{p.Name}");
        decimals.Should().BeEmpty("decimal arithmetic in SQL needs EF's functions, which KeptOpenConnection does not register");
    }

    /// <summary>A migrated database, the application's registration, and one pooled context leased with its connection open.</summary>
    private sealed class PooledContext : IAsyncDisposable
    {
        private TestDatabase database = null!;
        private ServiceProvider services = null!;
        private AsyncServiceScope scope;

        public System.Data.Common.DbConnection Connection { get; private set; } = null!;

        public static async Task<PooledContext> OpenAsync()
        {
            var pooled = new PooledContext { database = await TestDatabase.CreateAsync() };
            pooled.services = pooled.database.Services();
            pooled.scope = pooled.services.CreateAsyncScope();
            var db = pooled.scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            await db.Database.OpenConnectionAsync();
            pooled.Connection = db.Database.GetDbConnection();
            return pooled;
        }

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await services.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private static async Task<(object Connection, int Parsed)> CountProceduresAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        (await db.Procedures.CountAsync()).Should().BePositive();
        var connection = db.Database.GetDbConnection().Should().BeOfType<KeptOpenConnection>().Subject;
        return (connection, connection.Parsed);
    }

    private static async Task UseWriteAheadLogAsync(TestDatabase database)
    {
        await using var connection = await database.OpenPlainAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL");
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
