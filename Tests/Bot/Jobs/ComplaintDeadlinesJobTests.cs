using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot.Jobs;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.People;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Jobs;

public sealed class ComplaintDeadlinesJobTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheComplaintDeadlineJob_RunsFromTheJobTable_AndRemindsTheLeadersOnce_TheAdministratorOnlyWhenConfigured(bool adminsGetLeaderMessages)
    {
        // Thursday 26/11/2026: a complaint received on Tuesday 24/11 must be refused or taken up by Thursday.
        await using var bot = await BotUnderTest.StartAsync(
            new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.FromHours(7)),
            extraArgs: $"--Access:AdminsGetLeaderMessages={adminsGetLeaderMessages}");
        await using (var db = bot.Db())
        {
            db.Complaints.Add(Complaint.File(A.Unit, "PA-261124-001", ComplaintKind.Delay, false, "Hồ sơ của tôi đã quá hạn một tuần.", ChannelKind.Telegram, 5001, null, true, null, null, A.At(2026, 11, 24, 10), A.Calendar));
            await db.SaveChangesAsync();
        }

        var jobs = bot.App.Services.GetRequiredService<IRecurringJobManager>();
        var monitor = bot.App.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        jobs.Trigger(ComplaintDeadlinesJob.Id);
        jobs.Trigger(ComplaintDeadlinesJob.Id);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (monitor.SucceededListCount() < 2)
        {
            monitor.FailedCount().Should().Be(0);
            DateTime.UtcNow.Should().BeBefore(deadline);
            await Task.Delay(100);
        }

        await using var check = bot.Db();
        var reminders = await check.Outbox.Where(m => m.DedupeKey!.StartsWith("complaint-deadline:")).ToListAsync();
        long[] expected = adminsGetLeaderMessages ? [BotUnderTest.Leader, BotUnderTest.Admin] : [BotUnderTest.Leader];
        reminders.Select(m => m.ChatId).Should().BeEquivalentTo(expected, "one reminder per leader, however often the job runs");
        reminders[0].Text.Should().Contain("PA-261124-001");
    }
}
