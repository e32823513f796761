using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot.Jobs;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Digests;

public sealed class DigestJobTests
{
    [Fact]
    public async Task TheDigestJob_OnTheProvidersHangfireStorage_WritesOneMessagePerLeader_EvenWhenRunTwiceOnTheSameDay()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Admin, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        var storage = bot.App.Services.GetRequiredService<JobStorage>();
        var jobs = bot.App.Services.GetRequiredService<IRecurringJobManager>();
        storage.GetType().Name.Should().Be(bot.Database.Provider == DatabaseProvider.Sqlite ? "SQLiteStorage" : "PostgreSqlStorage");

        jobs.Trigger(DailyDigestJob.Id);
        await WaitForSucceededAsync(storage, 1);
        jobs.Trigger(DailyDigestJob.Id);
        await WaitForSucceededAsync(storage, 2);

        await using var db = bot.Db();
        var digests = await db.Outbox.Where(m => m.DedupeKey!.StartsWith(DailyDigestJob.Id)).ToListAsync();
        digests.Select(m => m.ChatId).Should().BeEquivalentTo([BotUnderTest.Leader], "one digest per leader, however often the job runs, and none to the administrator unless configured");
        digests.Should().OnlyContain(m => m.PhotoBytes != null && m.Text.StartsWith("📊 BÁO CÁO CHỈ TIÊU", StringComparison.Ordinal));
        var delivered = await bot.Telegram.WaitForMessagesAsync(BotUnderTest.Leader, 3);
        delivered.Should().Contain(m => m.FileBytes != null, "the chart goes to the leader as a photo");
    }

    private static async Task WaitForSucceededAsync(JobStorage storage, long count)
    {
        var monitor = storage.GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (monitor.SucceededListCount() < count)
        {
            monitor.FailedCount().Should().Be(0, "the digest job must not fail");
            monitor.ScheduledCount().Should().Be(0, "a failed attempt waiting for its retry means the job threw");
            DateTime.UtcNow.Should().BeBefore(deadline, "the job should have run by now");
            await Task.Delay(100);
        }
    }
}
