using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Jobs;
using OneStopBot.Bot.Office;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Jobs;

/// <summary>
/// The server's clock jumps a day forward and back while the jobs run (twice at each instant, as a retry or a second
/// instance would): each job writes to each person once per working day, and a day already done is not done again.
/// </summary>
public sealed class ClockJumpTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task AJumpOfTheClock_ForwardOrBack_SendsEachJobsMessageOncePerDayAndPerson()
    {
        await using var bot = await BotUnderTest.StartAsync(new DateTimeOffset(2026, 11, 24, 6, 0, 0, Vietnam));
        await bot.SayAsync(BotUnderTest.Officer, "/start");
        await bot.SayAsync(BotUnderTest.Leader, "/start");

        // Tuesday 24/11 through the day; the clock then jumps to Thursday 26/11 (Wednesday is never seen), back to
        // Tuesday evening, and on to Friday 27/11, at each of which every job runs twice.
        var instants = new[] { (24, 7, 30), (24, 16, 30), (26, 9, 0), (24, 17, 0), (26, 16, 30), (27, 8, 0), (24, 7, 45) }
            .Select(t => new DateTimeOffset(2026, 11, t.Item1, t.Item2, t.Item3, 0, Vietnam));
        var written = new List<int>();
        var sent = new List<int>();
        foreach (var now in instants)
        {
            // The bot's own clock cannot go back; the jobs read theirs, which can.
            if (now > bot.Clock.GetUtcNow())
            {
                bot.Clock.SetUtcNow(now);
            }

            for (var run = 0; run < 2; run++)
            {
                await RunEveryJobAsync(bot, new FakeTimeProvider(now));
            }

            await bot.IdleAsync();
            await using var db = bot.Db();
            written.Add(await db.Outbox.CountAsync(m => m.DedupeKey != null));
            sent.Add(bot.Telegram.SentTo(BotUnderTest.Officer).Count + bot.Telegram.SentTo(BotUnderTest.Leader).Count);
        }

        await using (var db = bot.Db())
        {
            var keys = await db.Outbox.AsNoTracking().Where(m => m.DedupeKey != null).Select(m => m.DedupeKey!).ToListAsync();
            keys.Should().OnlyHaveUniqueItems();
            keys.Should().NotContain(k => k.Contains("2026-11-25", StringComparison.Ordinal), "no job ran on the Wednesday the clock skipped");
            keys.Should().Contain(k => k.Contains("2026-11-24", StringComparison.Ordinal))
                .And.Contain(k => k.Contains("2026-11-26", StringComparison.Ordinal))
                .And.Contain(k => k.Contains("2026-11-27", StringComparison.Ordinal));
            written[^1].Should().Be(written[^2], "going back to Tuesday morning writes nothing either");
            sent[^1].Should().Be(sent[^2], "and sends nothing");
            written[3].Should().Be(written[2], "back on Tuesday evening, whose jobs ran that morning, nothing is written");
            written[2].Should().BeGreaterThan(written[1], "Thursday is a new day");

            // What was written was sent, once: no text with its buttons reaches a chat twice.
            foreach (var chat in new[] { BotUnderTest.Officer, BotUnderTest.Leader })
            {
                (await db.Outbox.CountAsync(m => m.DedupeKey != null && m.ChatId == chat)).Should().BePositive($"chat {chat} is written to by a job");
                bot.Telegram.SentTo(chat).Where(m => m.Method == "sendMessage")
                    .Select(m => $"{m.Text} [{string.Join(' ', m.Buttons.SelectMany(r => r).Select(b => b.CallbackData))}]")
                    .Should().OnlyHaveUniqueItems($"chat {chat} gets each job's message once");
            }
        }
    }

    private static async Task RunEveryJobAsync(BotUnderTest bot, TimeProvider time)
    {
        await using var scope = bot.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var clock = new OfficeClock(time, services.GetRequiredService<OfficeDirectory>());
        var outbox = new JobOutbox(services.GetRequiredService<OutboxSignal>(), time);
        await Create<DailyDigestJob>(services, clock, outbox).RunAsync(CancellationToken.None);
        await Create<OfficerBriefJob>(services, clock, outbox).RunAsync(CancellationToken.None);
        await Create<ExtraHalfHourJob>(services, clock, outbox).RunAsync(CancellationToken.None);
        await Create<SaturdayRosterJob>(services, clock, outbox).RunAsync(CancellationToken.None);
        await Create<CampaignSummaryJob>(services, clock, outbox).RunAsync(CancellationToken.None);
        await Create<UncollectedResultsJob>(services, clock, outbox).RunAsync(CancellationToken.None);
        await Create<ComplaintDeadlinesJob>(services, clock, outbox).RunAsync(CancellationToken.None);
    }

    private static TJob Create<TJob>(IServiceProvider services, OfficeClock clock, JobOutbox outbox) =>
        ActivatorUtilities.CreateInstance<TJob>(services, clock, outbox);
}
