using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Faults;

/// <summary>
/// The database failing while the bot runs: the person who wrote is told that nothing was done, the log says why in
/// one line, nothing changes, and the bot works again as soon as the database does.
/// </summary>
public sealed class DatabaseFaultTests
{
    private const long Officer = BotUnderTest.Officer;

    [Fact]
    public async Task ADatabaseLockedByAnotherProgram_GetsAPoliteAnswerAndAClearLogLine_ChangesNothing_AndRecovers()
    {
        var logs = new LogRecorder(LogLevel.Warning);
        // A short wait for the lock, so that the test need not wait the default 30 seconds.
        var wait = TestDatabase.DefaultProvider == DatabaseProvider.Sqlite ? "Default Timeout=1" : "Command Timeout=2";
        await using var bot = await BotUnderTest.StartWithConnectionOptionsAsync(wait, b => b.Logging.AddProvider(logs));
        var code = await bot.ReceiveDossierAsync();

        await using (await bot.Database.HoldWriteLockAsync())
        {
            var answer = (await bot.SayAsync(Officer, $"{code} xu ly")).Single();

            answer.Text.Should().Be(ErrorTexts.StoreUnavailable[Language.Vi]);
            logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.StartsWith("The database cannot be written (Busy", StringComparison.Ordinal));
            await using var db = bot.Db();
            (await db.Dossiers.SingleAsync()).State.Should().Be(DossierState.Received, "the change did not commit");
        }

        await AssertRecoveredAsync(bot, code, logs);
    }

    [SkippableFact]
    public async Task APostgresDatabaseTurnedReadOnly_GetsAPoliteAnswerAndAClearLogLine_ChangesNothing_AndRecovers()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var logs = new LogRecorder(LogLevel.Warning);
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Logging.AddProvider(logs), provider: DatabaseProvider.Postgres);
        var code = await bot.ReceiveDossierAsync();

        await bot.Database.SetReadOnlyAsync(true);
        var answer = (await bot.SayAsync(Officer, $"{code} xu ly")).Single();
        var stranger = (await bot.SayAsync(5001, "/start")).Single();

        answer.Text.Should().Be(ErrorTexts.StoreUnavailable[Language.Vi]);
        stranger.Text.Should().Be(ErrorTexts.StoreUnavailable[Language.Vi], "even a first greeting records its sender");
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.StartsWith("The database cannot be written (ReadOnly", StringComparison.Ordinal));
        await using (var db = bot.Db())
        {
            (await db.Dossiers.SingleAsync()).State.Should().Be(DossierState.Received);
            (await db.People.AnyAsync(p => p.ExternalId == 5001)).Should().BeFalse();
        }

        await bot.Database.SetReadOnlyAsync(false);
        await AssertRecoveredAsync(bot, code, logs);
    }

    /// <summary>The same request, sent again once the database answers, does what it asks; no fault was a bug.</summary>
    private static async Task AssertRecoveredAsync(BotUnderTest bot, string code, LogRecorder logs)
    {
        var again = (await bot.SayAsync(Officer, $"{code} xu ly")).Single();

        again.Text.Should().Contain("✔️");
        await using var db = bot.Db();
        (await db.Dossiers.SingleAsync()).State.Should().Be(DossierState.Processing);
        logs.Entries.Should().NotContain(e => e.Message.Contains("the person got an apology", StringComparison.Ordinal), "a fault of the database is told as such, not as a failure of the bot");
    }
}
