using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Jobs;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Campaign;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Jobs;

public sealed class SaturdayRosterJobTests
{
    [Fact]
    public async Task ThoseOnTheRoster_AreRemindedOnTheLastWorkingDayBeforeTheSaturday_Only()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var officer = new Person(ChannelKind.Telegram, 8001, "Nguyễn Thị Lan", A.At(2026, 11, 1).Utc);
        officer.GrantRole(Role.Officer, A.Unit);
        db.People.Add(officer);
        await db.SaveChangesAsync();
        db.SaturdayDuties.Add(new SaturdayDuty(A.Unit, new DateOnly(2026, 11, 28), officer.Id, officer.Id, A.At(2026, 11, 20).Utc));
        await db.SaveChangesAsync();

        await RunAsync(db, new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.FromHours(7)));
        (await db.Outbox.CountAsync()).Should().Be(0, "Thursday is not the last working day before the Saturday");

        await RunAsync(db, new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.FromHours(7)));
        await RunAsync(db, new DateTimeOffset(2026, 11, 27, 15, 30, 0, TimeSpan.FromHours(7)));

        var reminder = await db.Outbox.AsNoTracking().SingleAsync();
        reminder.ChatId.Should().Be(8001);
        reminder.Text.Should().Be("📌 Nhắc lịch: sáng thứ Bảy 28/11/2026 anh/chị trực «Sáng thứ Bảy vì dân». Sau buổi trực, gõ /thubay ghi <số người> [<nhận> <trả>].");
    }

    private static Task RunAsync(OneStopDbContext db, DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now);
        return new SaturdayRosterJob(db, new OfficeClock(time, A.Offices()), A.Calendar, new JobOutbox(new OutboxSignal(), time)).RunAsync(default);
    }
}
